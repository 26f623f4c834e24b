/// What the tone model makes of a draft: each sentence's probability of being
/// stopped by a careful reader, the draft's, and whether it is flagged.
public struct ToneJudgement: Hashable, Sendable {
  /// One sentence's score.
  public struct SentenceScore: Hashable, Sendable {
    /// Where the sentence is.
    public let segment: TextSegment
    /// The probability that a careful reader would stop this sentence.
    public let probability: Float
  }

  /// Every sentence, in order.
  public let sentences: [SentenceScore]
  /// The probability that a careful reader would stop the draft as a whole.
  public let draftProbability: Float
  /// The sentence probability at which a sentence is flagged.
  public let sentenceThreshold: Float
  /// The draft probability at which the draft is flagged.
  public let draftThreshold: Float
  /// The sentence probability at which a rule's finding in the sentence stands.
  public let ruleSupportThreshold: Float

  /// The sentences whose probability supports a rule's finding, in text order.
  public var supportingSentences: [SentenceScore] {
    sentences.filter { $0.probability >= ruleSupportThreshold }
  }

  /// The sentences at or over the threshold, in text order.
  public var flaggedSentences: [SentenceScore] {
    sentences.filter { $0.probability >= sentenceThreshold }
  }

  /// Whether the model would stop the draft: one sentence or the whole at or over its threshold.
  public var isFlagged: Bool {
    draftProbability >= draftThreshold || !flaggedSentences.isEmpty
  }

  /// The sentence the model weighs most, if the draft has any.
  public var strongest: SentenceScore? {
    sentences.max { $0.probability < $1.probability }
  }
}
