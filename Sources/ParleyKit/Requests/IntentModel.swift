/// The trained side of plain words: the probability of each ``RequestIntent``
/// for a line typed at the prompt, over the text core's features.
public struct IntentModel: Sendable {
  /// The model's name in the bundle.
  public static let modelName = "intent.kind"

  /// The multinomial model over ``RequestIntent`` raw values.
  public let model: LinearModel

  /// The intent model of `bundle`, or nil when it lacks one.
  public init?(bundle: ModelBundle) {
    guard let model = bundle[Self.modelName], !model.isBinary,
      model.labels.allSatisfy({ RequestIntent(rawValue: $0) != nil })
    else { return nil }
    self.model = model
  }

  /// The model parley ships with.
  public static let builtIn: IntentModel? = BuiltInModels.intent.flatMap(IntentModel.init(bundle:))

  /// The features of a request: the whole line as one document.
  static func features(of text: String, hasher: FeatureHasher) -> FeatureVector {
    DocumentFeatures(text, hasher: hasher).document
  }

  /// Each intent's probability for `text`, most likely first.
  public func probabilities(_ text: String) -> [(intent: RequestIntent, probability: Float)] {
    let probabilities = model.probabilities(Self.features(of: text, hasher: model.hasher))
    return zip(model.labels, probabilities)
      .compactMap { label, probability in
        RequestIntent(rawValue: label).map { ($0, probability) }
      }
      .sorted { $0.probability > $1.probability }
  }
}
