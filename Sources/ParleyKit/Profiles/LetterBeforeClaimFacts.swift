/// The letter before claim: the rule for each kind of debtor; any may be unknown.
public struct LetterBeforeClaimFacts: Hashable, Sendable, Codable {
  /// The rule when the debtor is a business.
  public var business: PreActionRule?
  /// The rule when the debtor is an individual (a consumer).
  public var individual: PreActionRule?
  /// The rule when the debtor is a sole trader; without it, the business
  /// rule (a sole trader buys as a business).
  public var soleTrader: PreActionRule?

  /// Creates the facts.
  public init(
    business: PreActionRule?, individual: PreActionRule?, soleTrader: PreActionRule? = nil
  ) {
    self.business = business
    self.individual = individual
    self.soleTrader = soleTrader
  }

  /// Each rule with its key under `letterBeforeClaim` in a profile.
  public var rulesByKey: [(key: String, rule: PreActionRule?)] {
    [("business", business), ("individual", individual), ("soleTrader", soleTrader)]
  }

  /// The key of the rule that applies to a debtor of `kind`.
  public func key(for kind: DebtorKind) -> String {
    switch kind {
    case .business: "business"
    case .individual: "individual"
    case .soleTrader: soleTrader == nil ? "business" : "soleTrader"
    }
  }

  /// The rule for a debtor of `kind`, if known.
  public func rule(for kind: DebtorKind) -> PreActionRule? {
    rulesByKey.first { $0.key == key(for: kind) }?.rule ?? nil
  }
}
