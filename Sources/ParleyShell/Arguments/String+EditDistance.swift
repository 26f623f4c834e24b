extension String {
  /// The edit distance to `other`: the fewest insertions, deletions,
  /// substitutions and swaps of two neighbouring characters between them
  /// (optimal string alignment), so `jsno` is one edit from `json`.
  func editDistance(to other: String) -> Int {
    let source = Array(self)
    let target = Array(other)
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }
    var beforePrevious = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for (row, sourceCharacter) in source.enumerated() {
      current[0] = row + 1
      for (column, targetCharacter) in target.enumerated() {
        let substitution = previous[column] + (sourceCharacter == targetCharacter ? 0 : 1)
        var best = Swift.min(substitution, previous[column + 1] + 1, current[column] + 1)
        if row > 0, column > 0, sourceCharacter == target[column - 1],
          source[row - 1] == targetCharacter
        {
          best = Swift.min(best, beforePrevious[column - 1] + 1)
        }
        current[column + 1] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[target.count]
  }
}

extension Sequence<String> {
  /// The element closest to `word` by edit distance, if it is close enough
  /// to be a typo: one edit in a short word, up to three in a long one, so
  /// `--json` suggests nothing rather than `--on`.
  func closest(to word: String) -> String? {
    let lowered = word.lowercased()
    let limit = Swift.max(1, Swift.min(3, lowered.count / 3))
    // Words whose lengths differ by more than the limit cannot be close: not
    // measuring them keeps a 100 KB typo from costing seconds.
    let scored = filter { abs($0.count - lowered.count) <= limit }
      .map { ($0, $0.editDistance(to: lowered)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= limit ? best.0 : nil
  }
}
