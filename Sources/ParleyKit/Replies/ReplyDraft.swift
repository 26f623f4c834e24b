/// The draft that fits the next step, by the id the drafts use.
public enum ReplyDraft: String, CaseIterable, Codable, Sendable {
  /// Confirms in writing what was agreed and the solid date.
  case callConfirmation = "call-confirmation"
  /// Proposes a payment plan.
  case planProposal = "plan-proposal"
  /// Replies to "we can't pay right now".
  case cantPayReply = "cant-pay-reply"
  /// Replies to a dispute: separates the undisputed part, asks for specifics.
  case disputeReply = "dispute-reply"
  /// A polite reminder.
  case friendlyReminder = "friendly-reminder"
  /// A firm, factual reminder.
  case firmReminder = "firm-reminder"
  /// Proposes mediation.
  case mediationProposal = "mediation-proposal"
}
