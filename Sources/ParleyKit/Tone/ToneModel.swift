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
  /// The sentence and draft models' weights side by side, feature by feature,
  /// so one walk over a draft scores both with one memory read per feature.
  let pairedWeights: [Float]

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
    let count = sentence.weights.count
    self.pairedWeights = sentence.weights.withUnsafeBufferPointer { first in
      draft.weights.withUnsafeBufferPointer { second in
        [Float](unsafeUninitializedCapacity: 2 * count) { paired, initialized in
          for index in 0..<count {
            paired[2 &* index] = first[index]
            paired[2 &* index &+ 1] = second[index]
          }
          initialized = 2 * count
        }
      }
    }
  }

  /// The models parley ships with.
  public static let builtIn: ToneModel? = BuiltInModels.tone.flatMap(ToneModel.init(bundle:))

  /// Judges `text`: each sentence's probability, the draft's, and the verdict.
  ///
  /// Scores exactly what ``DocumentFeatures`` describes (the sentence model on
  /// each sentence off quoted lines, the draft model on all their n-grams and
  /// the whole text's form) in one walk, without collecting features.
  public func judge(_ text: String) -> ToneJudgement {
    judge(TextTokenizer.tokenize(text, lexicon: .base))
  }

  /// Judges a text the rules have already tokenized: its sentences are the same
  /// with any lexicon, since every lexicon shares the abbreviations that decide them.
  func judge(_ tokenized: TokenizedText) -> ToneJudgement {
    var text = tokenized.string
    let segments = tokenized.ownSentenceSegments
    return text.withUTF8 { judge(bytes: $0, segments: segments) }
  }

  private func judge(bytes: UnsafeBufferPointer<UInt8>, segments: [TextSegment])
    -> ToneJudgement
  {
    let hasher = sentence.hasher
    var scores: [ToneJudgement.SentenceScore] = []
    scores.reserveCapacity(segments.count)
    let folded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 2)
    defer { folded.deallocate() }
    var form: [Int32] = []
    var draftSum: Float = 0
    var draftCount = 0
    pairedWeights.withUnsafeBufferPointer { weights in
      for segment in segments {
        let length = FeatureHasher.fold(bytes, segment.utf8Offsets, into: folded)
        let (sums, count) = hasher.sumNGrams(
          of: UnsafeBufferPointer(rebasing: folded[..<length]), paired: weights)
        draftSum += sums[1]
        draftCount += count
        hasher.formFeatures(of: bytes, segment.utf8Offsets, into: &form)
        let score = sentence.score(ngramSum: sums[0], ngramCount: count, form: form)
        scores.append(
          ToneJudgement.SentenceScore(
            segment: segment, probability: LinearModel.logistic(score)))
      }
    }
    hasher.formFeatures(of: bytes, 0..<bytes.count, into: &form)
    let draftScore = draft.score(ngramSum: draftSum, ngramCount: draftCount, form: form)
    return ToneJudgement(
      sentences: scores, draftProbability: LinearModel.logistic(draftScore),
      sentenceThreshold: sentence.threshold, draftThreshold: draft.threshold,
      ruleSupportThreshold: ruleSupportThreshold)
  }

  /// The most likely kind of trouble in the sentence at `segment` of `text`;
  /// asked only for the few sentences a report names, as it costs a walk of its own.
  public func category(of segment: TextSegment, in text: String) -> ToneCategory? {
    var text = text
    var folded: [UInt8] = []
    let vector = text.withUTF8 {
      category.hasher.features(of: $0, segment.utf8Offsets, scratch: &folded)
    }
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
