/// One cash-flow question, named as in the journal (`needBy`).
///
/// A `cashflow.noted` event lists the questions answered "don't know" by
/// these names, so a later answer can clear an earlier one.
public enum CashFlowField: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// ``MyCashFlow/need``.
  case need
  /// ``MyCashFlow/needBy``.
  case needBy
  /// ``MyCashFlow/restBy``.
  case restBy
  /// ``MyCashFlow/keepClient``.
  case keepClient
  /// ``TheirCashFlow/capacity``.
  case capacity
  /// ``TheirCashFlow/capacityFrom``.
  case capacityFrom
  /// ``TheirCashFlow/lumpSum``.
  case lumpSum
  /// ``TheirCashFlow/reason``.
  case reason
  /// ``TheirCashFlow/improvesOn``.
  case improvesOn
  /// The least the user would accept in settlement now (private).
  case walkAway = "walk-away"

  /// Whether the question is about the user's side (else the client's).
  public var isMine: Bool {
    switch self {
    case .need, .needBy, .restBy, .keepClient, .walkAway: true
    case .capacity, .capacityFrom, .lumpSum, .reason, .improvesOn: false
    }
  }

  /// Orders fields as they are asked: the user's first, then the client's.
  public static func < (lhs: CashFlowField, rhs: CashFlowField) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}
