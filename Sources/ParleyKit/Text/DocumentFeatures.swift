/// A text's features, sentence by sentence and as a whole.
///
/// The whole text's n-grams are its sentences' n-grams together, so one walk
/// over the text serves both the sentence model and the document model.
/// Sentences are the text core's (``TextTokenizer``); those on quoted lines
/// (starting with `>`, or below "… wrote:") are someone else's words and are
/// left out.
public struct DocumentFeatures: Sendable {
  /// Each sentence's span and features, in order.
  public let sentences: [(segment: TextSegment, features: FeatureVector)]
  /// The whole text's features.
  public let document: FeatureVector

  /// The features of `text`, cut into sentences by the text core.
  public init(_ text: String, hasher: FeatureHasher) {
    self.init(TextTokenizer.tokenize(text, lexicon: .base), hasher: hasher)
  }

  /// The features of a tokenized text.
  init(_ tokenized: TokenizedText, hasher: FeatureHasher) {
    var bytes = Array(tokenized.string.utf8)
    let count = bytes.count
    var sentences: [(segment: TextSegment, features: FeatureVector)] = []
    var documentNGrams: [Int32] = []
    bytes.withUnsafeMutableBufferPointer { mutable in
      let buffer = UnsafeBufferPointer(mutable)
      var folded: [UInt8] = []
      for segment in tokenized.ownSentenceSegments {
        let features = hasher.features(of: buffer, segment.utf8Offsets, scratch: &folded)
        documentNGrams.append(contentsOf: features.ngrams)
        sentences.append((segment, features))
      }
    }
    let form = bytes.withUnsafeBufferPointer { hasher.formFeatures(of: $0, 0..<count) }
    self.sentences = sentences
    self.document = FeatureVector(ngrams: documentNGrams, form: form)
  }
}
