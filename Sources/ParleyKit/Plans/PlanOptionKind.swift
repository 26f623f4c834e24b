/// The idea behind a proposed option, for the shell to explain it.
public enum PlanOptionKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Enough to the user by their need date first, then the rest in installments.
  case needFirst
  /// At the pace the client said they can pay, their lump sum first.
  case atTheirPace
  /// Smaller installments until the client's situation improves, then the rest.
  case balloonWhenTheyRecover
  /// Equal installments (the default when little is known).
  case equalInstallments
  /// Smaller installments first, growing: a gentle start.
  case graduated
  /// The whole amount in one payment.
  case inFull
  /// A schedule the user built by hand with `plan custom`.
  case custom

  /// Breaks ties between otherwise equal options: lower comes first.
  var tieOrder: Int { PlanOptionKind.allCases.firstIndex(of: self) ?? 0 }
}
