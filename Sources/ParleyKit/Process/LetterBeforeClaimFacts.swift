/// The letter before claim: the rule for a business debtor and for an
/// individual (or sole trader); either may be unknown.
public struct LetterBeforeClaimFacts: Hashable, Sendable, Codable {
  /// The rule when the debtor is a business.
  public var business: PreActionRule?
  /// The rule when the debtor is an individual or sole trader.
  public var individual: PreActionRule?

  /// Creates the facts.
  public init(business: PreActionRule?, individual: PreActionRule?) {
    self.business = business
    self.individual = individual
  }

  /// The rule for a debtor of `kind`, if known.
  public func rule(for kind: DebtorKind) -> PreActionRule? {
    switch kind {
    case .business: business
    case .individual: individual
    }
  }
}
