/// The trained side of the draft check: how likely each sentence, and the draft
/// as a whole, is to be stopped by a careful reader, and what kind of trouble a
/// stopped sentence most likely is.
public struct ToneModel: Sendable {
  /// The bundle names of the three models.
  public static let sentenceModelName = "tone.sentence"
  public static let draftModelName = "tone.draft"
  public static let categoryModelName = "tone.category"

  /// Says whether one sentence would be stopped.
  public let sentence: LinearModel
  /// Says whether the whole draft would be stopped.
  public let draft: LinearModel
  /// Names a stopped sentence's ``ToneCategory``.
  public let category: LinearModel
  /// The bundle parameter for ``ruleSupportThreshold``.
  public static let ruleSupportParameter = "tone.ruleSupport"
  /// The sentence probability at which the model supports a rule's finding:
  /// lower than the sentence threshold, since the rule already names the words.
  public let ruleSupportThreshold: Float

  /// The tone models of `bundle`, or nil when it lacks one of them.
  public init?(bundle: ModelBundle) {
    guard let sentence = bundle[Self.sentenceModelName], let draft = bundle[Self.draftModelName],
      let category = bundle[Self.categoryModelName], sentence.isBinary, draft.isBinary,
      sentence.hasher == draft.hasher
    else { return nil }
    self.sentence = sentence
    self.draft = draft
    self.category = category
    self.ruleSupportThreshold = bundle.parameters[Self.ruleSupportParameter] ?? sentence.threshold
  }

  /// The models parley ships with.
  public static let builtIn: ToneModel? = BuiltInModels.bundle.flatMap(ToneModel.init(bundle:))

  /// Judges `text`: each sentence's probability, the draft's, and the verdict.
  public func judge(_ text: String) -> ToneJudgement {
    let features = DocumentFeatures(text, hasher: sentence.hasher)
    var scores: [ToneJudgement.SentenceScore] = []
    scores.reserveCapacity(features.sentences.count)
    var bytes = Array(text.utf8)
    var folded: [UInt8] = []
    for (segment, vector) in features.sentences {
      let probability = sentence.probabilities(vector)[0]
      var likely: ToneCategory?
      if probability >= sentence.threshold {
        likely = bytes.withUnsafeMutableBufferPointer {
          mostLikelyCategory(
            category.hasher.features(
              of: UnsafeBufferPointer($0), segment.utf8Offsets, scratch: &folded))
        }
      }
      scores.append(
        ToneJudgement.SentenceScore(
          segment: segment, probability: probability, category: likely))
    }
    let draftProbability = draft.probabilities(features.document)[0]
    return ToneJudgement(
      sentences: scores, draftProbability: draftProbability,
      sentenceThreshold: sentence.threshold, draftThreshold: draft.threshold,
      ruleSupportThreshold: ruleSupportThreshold)
  }

  private func mostLikelyCategory(_ vector: FeatureVector) -> ToneCategory? {
    let probabilities = category.probabilities(vector)
    guard let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] })
    else { return nil }
    return ToneCategory(rawValue: category.labels[best])
  }

  /// The n-grams of `segment` in `text` that pushed the sentence model hardest
  /// towards stopping it, strongest first.
  public func explain(_ text: String, segment: TextSegment, limit: Int = 8) -> [WeightedNGram] {
    WeightedNGram.strongest(in: text, segment: segment, model: sentence, limit: limit)
  }
}
