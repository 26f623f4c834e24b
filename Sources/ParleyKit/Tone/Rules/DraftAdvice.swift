/// Advice that points to the draft that fits, shared by several rules.
///
/// The names are the shell's `draft KIND` kinds.
enum DraftAdvice {
  /// Propose mediation instead of threatening.
  static let mediation = "propose mediation instead: use 'draft mediation-proposal'"
  /// A firm reminder that states the facts.
  static let firmReminder = "state the facts and the next step: use 'draft firm-reminder'"
  /// The final reminder before mediation.
  static let finalReminder =
    "say what happens next, calmly: use 'draft final-reminder'"
  /// A friendly reminder.
  static let friendlyReminder = "keep it short and friendly: use 'draft friendly-reminder'"
}
