/// The features of one piece of text: hashed n-grams, which count `1/√n` each,
/// and features of form, which count 1 each.
public struct FeatureVector: Hashable, Sendable {
  /// The n-gram feature indices, repeated as often as the n-gram occurs.
  public var ngrams: [Int32]
  /// The feature-of-form indices.
  public var form: [Int32]

  /// A vector of `ngrams` and `form` features.
  public init(ngrams: [Int32] = [], form: [Int32] = []) {
    self.ngrams = ngrams
    self.form = form
  }

  /// What each n-gram occurrence counts: `1/√n`, or 0 with none.
  public var ngramValue: Float {
    ngrams.isEmpty ? 0 : 1 / Float(ngrams.count).squareRoot()
  }

  /// Every feature with its value, n-grams first.
  public var entries: [(index: Int32, value: Float)] {
    let value = ngramValue
    return ngrams.map { ($0, value) } + form.map { ($0, 1) }
  }
}
