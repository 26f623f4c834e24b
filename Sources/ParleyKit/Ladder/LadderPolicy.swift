/// parley's own pacing for the ladder: not law, so it lives here rather than
/// in the profiles, and every number is named.
public struct LadderPolicy: Hashable, Sendable {
  /// Days between one reminder and the next step.
  public var reminderSpacingDays = 7
  /// Written reminders before suggesting a call.
  public var remindersBeforeTalk = 2
  /// Days after a call that ended without an arrangement before offering mediation.
  public var daysAfterTalk = 7
  /// Days to wait for an answer to a mediation offer.
  public var mediationReplyDays = 14
  /// Days to give an agreed mediation to settle before the letter before claim.
  public var mediationSettleDays = 28
  /// The reply window when the profile has no pre-action rule.
  public var defaultReplyDays = 14
  /// Grace days for a plan's installments.
  public var installmentGraceDays = PlanTracker().graceDays

  /// The default policy.
  public init() {}
}
