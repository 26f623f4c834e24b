/// The sentence the tone model weighs most in a draft, where it is, and how
/// likely a careful reader would be to stop it.
public struct WeighedSentence: Hashable, Sendable {
  /// Where the sentence is, with its text.
  public let span: TextSpan
  /// The probability that a careful reader would stop this sentence.
  public let probability: Float
  /// The most likely kind of trouble, when the sentence is flagged.
  public let category: ToneCategory?
  /// Whether the model flags this sentence.
  public let isFlagged: Bool

  /// A weighed sentence.
  public init(span: TextSpan, probability: Float, category: ToneCategory?, isFlagged: Bool) {
    self.span = span
    self.probability = probability
    self.category = category
    self.isFlagged = isFlagged
  }
}
