extension DebtorKind {
  /// Reads a typed answer: `business`, `b`, `company`, `individual`, `i`, `person`, `sole trader`.
  public init?(answer: String) {
    switch answer.trimmed.lowercased() {
    case "business", "b", "company", "ltd", "limited", "firm", "organisation", "organization":
      self = .business
    case "individual", "i", "person", "private", "consumer", "sole trader", "sole-trader":
      self = .individual
    default:
      return nil
    }
  }
}
