/// A kind of draft parley writes from a case's facts, one per step of the ladder.
///
/// The raw value is the id typed on the command line (`draft friendly-reminder`)
/// and never changes; ``title`` and ``summary`` are for help.
public enum DraftKind: String, CaseIterable, Hashable, Sendable, Codable {
  /// A polite first reminder.
  case friendlyReminder = "friendly-reminder"
  /// A clear second reminder with the days overdue.
  case firmReminder = "firm-reminder"
  /// The last reminder, saying mediation is the next step.
  case finalReminder = "final-reminder"
  /// Confirms what was agreed on a call: the amount and the solid date.
  case callConfirmation = "call-confirmation"
  /// Offers a payment plan, with the proposed options when there are some.
  case planProposal = "plan-proposal"
  /// Confirms the agreed plan, installment by installment.
  case planConfirmation = "plan-confirmation"
  /// A nudge about a missed installment.
  case missedInstallment = "missed-installment"
  /// A reply to "we can't pay right now".
  case cantPayReply = "cant-pay-reply"
  /// A reply to a dispute: the undisputed part, and the specifics asked for.
  case disputeReply = "dispute-reply"
  /// Proposes mediation.
  case mediationProposal = "mediation-proposal"
  /// The formal letter before claim.
  case letterBeforeClaim = "letter-before-claim"

  /// The id typed on the command line: `friendly-reminder`.
  public var id: String { rawValue }

  /// The kind with this id (any case, surrounding spaces ignored), if there is one.
  public init?(id: String) {
    // `--json` names it in snake_case (`mediation_proposal`): read that back too.
    self.init(rawValue: id.trimmed.lowercased().replacing("_", with: "-"))
  }
}
