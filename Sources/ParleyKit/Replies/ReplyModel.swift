/// The trained side of reply reading: the probability of each ``ReplyKind``,
/// read from the client's own words.
public struct ReplyModel: Sendable {
  /// The model's name in the bundle.
  public static let modelName = "reply.kind"

  /// The multinomial model over ``ReplyKind`` raw values.
  public let model: LinearModel

  /// The reply model of `bundle`, or nil when it lacks one.
  public init?(bundle: ModelBundle) {
    guard let model = bundle[Self.modelName], !model.isBinary,
      model.labels.allSatisfy({ ReplyKind(rawValue: $0) != nil })
    else { return nil }
    self.model = model
  }

  /// The model parley ships with.
  public static let builtIn: ReplyModel? = BuiltInModels.reply.flatMap(ReplyModel.init(bundle:))

  /// The features of a reply: its kept text only (quotes and signature left out).
  static func features(of text: String, hasher: FeatureHasher) -> FeatureVector {
    DocumentFeatures(ReplyText(text).keptText, hasher: hasher).document
  }

  /// Each kind's probability for `text`, most likely first.
  public func probabilities(_ text: String) -> [(kind: ReplyKind, probability: Float)] {
    probabilities(keptText: ReplyText(text).keptText)
  }

  /// Each kind's probability for the client's own words, already cut from quotes and signature.
  func probabilities(keptText: String) -> [(kind: ReplyKind, probability: Float)] {
    let probabilities = model.probabilities(
      DocumentFeatures(keptText, hasher: model.hasher).document)
    return zip(model.labels, probabilities)
      .compactMap { label, probability in
        ReplyKind(rawValue: label).map { ($0, probability) }
      }
      .sorted { $0.probability > $1.probability }
  }

  /// The n-grams of the kept text that pushed hardest towards `kind`.
  public func explain(_ text: String, kind: ReplyKind, limit: Int = 8) -> [WeightedNGram] {
    explain(keptText: ReplyText(text).keptText, kind: kind, limit: limit)
  }

  /// The n-grams of the client's own words that pushed hardest towards `kind`.
  func explain(keptText kept: String, kind: ReplyKind, limit: Int) -> [WeightedNGram] {
    guard let label = model.labels.firstIndex(of: kind.rawValue) else { return [] }
    return WeightedNGram.strongest(
      in: kept, segment: TextSegment(utf8Offsets: 0..<kept.utf8.count), model: model,
      label: label, limit: limit)
  }
}
