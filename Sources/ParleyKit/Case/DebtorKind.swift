/// Who the client is in law: a company or partnership, a sole trader, or a
/// private individual (a consumer).
///
/// The law treats them differently: statutory late-payment interest covers
/// business debts, a sole trader's included; the letter before claim, its
/// reply window and its enclosures follow the profile's rule for each kind.
public enum DebtorKind: String, Sendable, Codable, CaseIterable {
  /// A company, partnership or other organisation.
  case business
  /// One person trading on their own account, buying for their business.
  case soleTrader = "sole-trader"
  /// A private individual buying for themselves: a consumer.
  case individual

  /// Whether the debt is a business debt: the client is a business or a sole trader.
  public var tradesAsBusiness: Bool { self != .individual }

  /// Whether the client is one person (an individual or a sole trader), greeted by name.
  public var isPerson: Bool { self != .business }

  /// The kind in words, for messages and records (`sole trader`).
  public var words: String {
    switch self {
    case .business: "business"
    case .soleTrader: "sole trader"
    case .individual: "individual"
    }
  }
}
