/// A step the user can take, named by what it does.
///
/// ParleyKit points to steps with these values and never with a command in a
/// string; the shell words each one as the command that takes it
/// (`.draft(.mediationProposal)` is `draft mediation-proposal`).
public enum SuggestedStep: Hashable, Sendable {
  /// Write a draft of this kind.
  case draft(DraftKind)
  /// Record a step up the ladder.
  case escalate(EscalationStep)
  /// See the next step on the ladder, why, and from when.
  case next
  /// Check that no entry of the case was edited or deleted.
  case verify
  /// Open another case.
  case newCase
  /// List every entry of the case, with its number.
  case showAll
  /// Give the user's own name, address and payment details.
  case senderDetails
  /// Propose payment plan options for the balance as it stands.
  case proposePlan
  /// Record that the client accepted one of the proposed plan options.
  case agreePlan
  /// Record how much of the balance the client disputes.
  case disputeAmount
  /// Note or revise both sides' cash flow.
  case cashFlow
}
