/// Whether the client is a business or a private individual (or sole trader).
///
/// The law treats them differently: the letter before claim, its reply window
/// and statutory late-payment interest all depend on it.
public enum DebtorKind: String, Sendable, Codable, CaseIterable {
  /// A company, partnership or other business.
  case business
  /// A private individual or a sole trader.
  case individual
}
