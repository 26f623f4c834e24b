/// A text's features, sentence by sentence and as a whole.
///
/// The whole text's n-grams are its sentences' n-grams together, so one walk
/// over the text serves both the sentence model and the document model.
/// Sentences on quoted lines (starting with `>`) are someone else's words and
/// are left out.
public struct DocumentFeatures: Sendable {
  /// Each sentence's span and features, in order.
  public let sentences: [(segment: TextSegment, features: FeatureVector)]
  /// The whole text's features.
  public let document: FeatureVector

  /// The features of `text`, cut into sentences by ``SentenceSplitter``.
  public init(_ text: String, hasher: FeatureHasher) {
    var bytes = Array(text.utf8)
    let count = bytes.count
    var sentences: [(segment: TextSegment, features: FeatureVector)] = []
    var documentNGrams: [Int32] = []
    bytes.withUnsafeMutableBufferPointer { mutable in
      let buffer = UnsafeBufferPointer(mutable)
      var folded: [UInt8] = []
      for segment in SentenceSplitter.sentences(of: buffer)
      where !Self.isQuoted(buffer, at: segment.utf8Offsets.lowerBound) {
        FeatureHasher.fold(buffer, segment.utf8Offsets, into: &folded)
        var collector = IndexCollector()
        folded.withUnsafeBufferPointer { hasher.emitNGrams(of: $0, into: &collector) }
        documentNGrams.append(contentsOf: collector.indices)
        let form = hasher.formFeatures(of: buffer, segment.utf8Offsets)
        sentences.append((segment, FeatureVector(ngrams: collector.indices, form: form)))
      }
    }
    let form = bytes.withUnsafeBufferPointer { hasher.formFeatures(of: $0, 0..<count) }
    self.sentences = sentences
    self.document = FeatureVector(ngrams: documentNGrams, form: form)
  }

  /// Whether the line holding `offset` starts with `>` (after spaces).
  static func isQuoted(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    var start = offset
    while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
    while start < offset, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    return start < bytes.count && bytes[start] == 0x3E
  }
}
