extension String {
  /// The Levenshtein distance to `other`: the fewest single-character edits between them.
  func editDistance(to other: String) -> Int {
    let source = Array(self)
    let target = Array(other)
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for (row, sourceCharacter) in source.enumerated() {
      current[0] = row + 1
      for (column, targetCharacter) in target.enumerated() {
        let substitution = previous[column] + (sourceCharacter == targetCharacter ? 0 : 1)
        current[column + 1] = Swift.min(substitution, previous[column + 1] + 1, current[column] + 1)
      }
      swap(&previous, &current)
    }
    return previous[target.count]
  }
}

extension Sequence<String> {
  /// The element closest to `word` by edit distance, if it is close enough to be a typo.
  func closest(to word: String) -> String? {
    let lowered = word.lowercased()
    let limit = Swift.max(1, Swift.min(3, lowered.count / 2))
    // Words whose lengths differ by more than the limit cannot be close: not
    // measuring them keeps a 100 KB typo from costing seconds.
    let scored = filter { abs($0.count - lowered.count) <= limit }
      .map { ($0, $0.editDistance(to: lowered)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= limit ? best.0 : nil
  }
}
