/// A fact the user gives for one draft that the case does not hold.
///
/// The raw value is the name the shell uses for it (`--amount`).
public enum DraftExtraField: String, CaseIterable, Hashable, Sendable {
  /// The amount agreed on a call.
  case amount
  /// The day the agreed amount will be paid.
  case date
  /// The part of the balance the client disputes.
  case disputed
  /// What the client disputes, in their words or the user's.
  case about
  /// Days given to reply or pay.
  case days
  /// The mediation provider to suggest.
  case mediator
  /// More about the mediation (how to book, cost, format).
  case mediationDetails = "mediation-details"

  /// The fact in words, for messages: `the amount agreed on the call`.
  public var label: String {
    switch self {
    case .amount: "the amount agreed on the call"
    case .date: "the day it will be paid"
    case .disputed: "the amount the client disputes"
    case .about: "what the client disputes"
    case .days: "the days given to reply"
    case .mediator: "the mediation provider"
    case .mediationDetails: "more about the mediation"
    }
  }
}
