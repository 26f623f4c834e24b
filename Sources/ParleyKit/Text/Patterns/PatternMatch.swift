/// Where one pattern matched: tokens `first...last`.
struct PatternMatch: Hashable, Sendable {
  /// The index of the pattern in its group (a rule's phrases, a signal's patterns).
  let phrase: Int
  /// The first token.
  let first: Int
  /// The last token.
  let last: Int
  /// Whether a gap in the match skipped a negating word ("will *not* pay").
  var isNegatedInside = false

  /// Keeps the longest of overlapping matches, earliest first.
  static func longestNonOverlapping(_ matches: [PatternMatch]) -> [PatternMatch] {
    let sorted = matches.sorted {
      ($0.first, $1.last, $0.phrase) < ($1.first, $0.last, $1.phrase)
    }
    var kept: [PatternMatch] = []
    for match in sorted {
      if let previous = kept.last, match.first <= previous.last { continue }
      kept.append(match)
    }
    return kept
  }
}
