/// What to do next on the ladder.
public enum LadderAction: String, Hashable, Sendable, CaseIterable {
  /// Nothing: the case is settled, or with solicitors or an agency.
  case nothing
  /// Wait for a payment that was promised or is scheduled.
  case waitForPayment = "wait-for-payment"
  /// Wait for the court (a claim is filed).
  case waitForCourt = "wait-for-court"
  /// Send a written reminder.
  case remind
  /// Call or meet the client.
  case talk
  /// Nudge about a missed installment.
  case nudge
  /// Talk about the plan again: installments were missed in a row.
  case revisitPlan = "revisit-plan"
  /// Put a payment plan to the client, who said what they can pay.
  case arrangePlan = "arrange-plan"
  /// Propose mediation.
  case offerMediation = "offer-mediation"
  /// Send the letter before claim.
  case sendLetterBeforeClaim = "send-letter-before-claim"
  /// File a small claim.
  case fileSmallClaim = "file-small-claim"

  /// Whether taking the step means contacting the client, so it waits for
  /// the day ``ContactPacing`` allows.
  public var contactsClient: Bool {
    switch self {
    case .remind, .talk, .nudge, .revisitPlan, .arrangePlan, .offerMediation,
      .sendLetterBeforeClaim:
      true
    case .nothing, .waitForPayment, .waitForCourt, .fileSmallClaim: false
    }
  }
}
