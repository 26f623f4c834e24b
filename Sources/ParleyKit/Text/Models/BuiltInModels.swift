/// The models compiled into parley: each family decoded once, on first use.
public enum BuiltInModels {
  /// The tone models (the draft check), or nil if the compiled weights cannot
  /// be read (a build defect the suite catches).
  public static let tone: ModelBundle? = decode(family: "tone")

  /// The reply model (reply reading), or nil if the compiled weights cannot be read.
  public static let reply: ModelBundle? = decode(family: "reply")

  /// The intent model (plain words at the prompt), or nil if the compiled
  /// weights cannot be read.
  public static let intent: ModelBundle? = decode(family: "intent")

  /// Decodes every family afresh, into one bundle; nil if a family cannot be read.
  public static func decode() -> ModelBundle? {
    var parts: [ModelBundle] = []
    for family in ModelWeights.families.keys.sorted() {
      guard let part = decode(family: family) else { return nil }
      parts.append(part)
    }
    return ModelBundle(merging: parts)
  }

  /// Decodes one family afresh; nil for an unknown family or unreadable weights.
  public static func decode(family: String) -> ModelBundle? {
    guard let text = ModelWeights.families[family], let bytes = Base64.decode(text) else {
      return nil
    }
    return try? ModelBundle(decoding: bytes)
  }
}
