/// Advice that points to the draft that fits, shared by several rules.
enum DraftAdvice {
  /// Propose mediation instead of threatening.
  static let mediation: Guidance = "propose mediation instead: use \(.draft(.mediationProposal))"
  /// A firm reminder that states the facts.
  static let firmReminder: Guidance =
    "state the facts and the next step: use \(.draft(.firmReminder))"
  /// The final reminder before mediation.
  static let finalReminder: Guidance =
    "say what happens next, calmly: use \(.draft(.finalReminder))"
  /// A friendly reminder.
  static let friendlyReminder: Guidance =
    "keep it short and friendly: use \(.draft(.friendlyReminder))"
}
