extension DebtorKind {
  /// Reads a typed answer: `business`, `b`, `company`, `sole trader`, `s`,
  /// `self-employed`, `individual`, `i`, `person`, `consumer`.
  public init?(answer: String) {
    switch answer.trimmed.lowercased() {
    case "business", "b", "company", "ltd", "limited", "firm", "partnership", "organisation",
      "organization":
      self = .business
    case "sole trader", "sole-trader", "soletrader", "sole", "s", "self-employed",
      "self employed", "freelancer":
      self = .soleTrader
    case "individual", "i", "person", "private", "consumer":
      self = .individual
    default:
      return nil
    }
  }
}
