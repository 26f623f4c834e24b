/// An n-gram and how far it pushed a model's score, for explanations.
public struct WeightedNGram: Hashable, Sendable {
  /// The n-gram as the model saw it: folded, digits as `0`, spaces marking word edges.
  public let ngram: String
  /// Its total contribution to the score of the model's first label.
  public let weight: Float

  /// An n-gram with its contribution.
  public init(ngram: String, weight: Float) {
    self.ngram = ngram
    self.weight = weight
  }

  /// The n-grams of `segment` in `text` with the largest positive
  /// contributions to `model`'s first label, strongest first.
  ///
  /// Only whole words and word pairs are listed, each credited with every
  /// n-gram inside it; one inside a stronger one already listed is left out.
  public static func strongest(
    in text: String, segment: TextSegment, model: LinearModel, label: Int = 0, limit: Int
  ) -> [WeightedNGram] {
    var bytes = Array(text.utf8)
    let upper = min(segment.utf8Offsets.upperBound, bytes.count)
    let lower = min(segment.utf8Offsets.lowerBound, upper)
    // An explanation reads the opening of a long text; the walk stays linear.
    let range = lower..<min(upper, lower + explainedBytes)
    var folded: [UInt8] = []
    var collector = NGramCollector()
    bytes.withUnsafeMutableBufferPointer { buffer in
      FeatureHasher.fold(UnsafeBufferPointer(buffer), range, into: &folded)
    }
    folded.withUnsafeBufferPointer { model.hasher.emitNGrams(of: $0, into: &collector) }
    guard !collector.features.isEmpty else { return [] }
    let value = 1 / Float(collector.features.count).squareRoot()
    // Each n-gram's contribution, filed by where it starts.
    var byStart = [[(end: Int, weight: Float)]](repeating: [], count: folded.count + 1)
    for (index, range, _) in collector.features {
      byStart[range.lowerBound].append(
        (range.upperBound, model.weight(index, label: label) * value))
    }
    var totals: [String: Float] = [:]
    for (_, range, isWholeWords) in collector.features where isWholeWords {
      var total: Float = 0
      for start in range {
        for (end, weight) in byStart[start] where end <= range.upperBound { total += weight }
      }
      totals[String(decoding: folded[range], as: UTF8.self)] = total
    }
    let ranked = totals.filter { $0.value > 0 }.sorted {
      ($0.value, $1.key) > ($1.value, $0.key)
    }
    var chosen: [WeightedNGram] = []
    for (ngram, weight) in ranked where chosen.count < limit {
      guard !chosen.contains(where: { $0.ngram.contains(ngram) || ngram.contains($0.ngram) })
      else { continue }
      chosen.append(WeightedNGram(ngram: ngram, weight: weight))
    }
    return chosen
  }

  /// How much of a long text an explanation reads.
  static let explainedBytes = 8_192
}
