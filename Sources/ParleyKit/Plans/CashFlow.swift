/// What is known about both sides' cash flow: the user's needs and the client's means.
///
/// Every fact is optional: `nil` means not known (never asked, or answered
/// "don't know"). The proposer builds options from whatever is known.
public struct CashFlow: Hashable, Sendable, Codable {
  /// The user's side: what they need and by when.
  public var mine: MyCashFlow
  /// The client's side, as the client put it.
  public var theirs: TheirCashFlow

  /// Creates cash-flow facts; both sides default to nothing known.
  public init(mine: MyCashFlow = MyCashFlow(), theirs: TheirCashFlow = TheirCashFlow()) {
    self.mine = mine
    self.theirs = theirs
  }

  /// No facts at all.
  public static let unknown = CashFlow()
}
