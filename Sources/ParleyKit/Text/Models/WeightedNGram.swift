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
  /// Overlapping character n-grams say the same thing several times, so an
  /// n-gram inside a stronger one already listed is left out.
  public static func strongest(
    in text: String, segment: TextSegment, model: LinearModel, label: Int = 0, limit: Int
  ) -> [WeightedNGram] {
    var bytes = Array(text.utf8)
    let upper = min(segment.utf8Offsets.upperBound, bytes.count)
    let range = min(segment.utf8Offsets.lowerBound, upper)..<upper
    var folded: [UInt8] = []
    var collector = NGramCollector()
    bytes.withUnsafeMutableBufferPointer { buffer in
      FeatureHasher.fold(UnsafeBufferPointer(buffer), range, into: &folded)
    }
    folded.withUnsafeBufferPointer { model.hasher.emitNGrams(of: $0, into: &collector) }
    guard !collector.features.isEmpty else { return [] }
    let value = 1 / Float(collector.features.count).squareRoot()
    var totals: [String: Float] = [:]
    for (index, ngram) in collector.features {
      totals[ngram, default: 0] += model.weight(index, label: label) * value
    }
    let ranked = totals.filter { $0.value > 0 }.sorted {
      ($0.value, $1.key) > ($1.value, $0.key)
    }
    var chosen: [WeightedNGram] = []
    for (ngram, weight) in ranked where chosen.count < limit {
      let trimmed = ngram.trimmingSpaces
      guard !trimmed.isEmpty,
        !chosen.contains(where: { $0.ngram.contains(trimmed) || trimmed.contains($0.ngram) })
      else { continue }
      chosen.append(WeightedNGram(ngram: trimmed, weight: weight))
    }
    return chosen
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    var characters = Substring(self)
    while characters.first == " " { characters.removeFirst() }
    while characters.last == " " { characters.removeLast() }
    return String(characters)
  }
}
