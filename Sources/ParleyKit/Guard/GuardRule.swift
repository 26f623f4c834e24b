/// The guard's rules; the raw value is the warning's stable id.
public enum GuardRule: String, CaseIterable, Hashable, Sendable {
  /// Shaming the client in public.
  case publicShaming = "public-shaming"
  /// A letter before claim, a claim or recovery before mediation was offered.
  case skipMediation = "skip-mediation"
  /// A small claim before the letter before claim.
  case claimBeforeLetter = "claim-before-letter"
  /// A small claim before the letter's reply window is over.
  case claimInReplyWindow = "claim-in-reply-window"
  /// Solicitors or an agency for a sum the small-claims track could take.
  case recoveryUnderLimit = "recovery-under-limit"
  /// A claim above the small-claims limit.
  case claimOverLimit = "claim-over-limit"
  /// A debt older than the limitation period.
  case pastLimitation = "past-limitation"
  /// The court fee for this amount (information).
  case courtFee = "court-fee"
  /// Contact too soon after the last one.
  case contactTooSoon = "contact-too-soon"
  /// Contact within the cooldown after a call or meeting.
  case contactAfterConversation = "contact-after-conversation"
  /// Over the contacts allowed in 30 days.
  case contactBudget = "contact-budget"
  /// Contact in quiet hours.
  case quietHours = "quiet-hours"
  /// Chasing before a promised payment date.
  case beforePromisedDate = "before-promised-date"
  /// Chasing while a plan's installments are paid on time.
  case installmentNotLate = "installment-not-late"
  /// Chasing an amount the client disputes.
  case disputedAmount = "disputed-amount"

  /// The rule's id, as in ``GuardWarning/id`` and `guard.overridden`.
  public var id: String { rawValue }

  /// How serious a warning from this rule is.
  public var severity: GuardSeverity {
    switch self {
    case .publicShaming: .stop
    case .courtFee: .info
    default: .warn
    }
  }
}
