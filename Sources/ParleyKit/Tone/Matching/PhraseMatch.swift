/// Where one of a rule's phrases matched: tokens `first...last`.
struct PhraseMatch: Hashable, Sendable {
  /// The index of the phrase in the rule's ``CheckingRule/phrases``.
  let phrase: Int
  /// The first token.
  let first: Int
  /// The last token.
  let last: Int

  /// Keeps the longest of overlapping matches, earliest first.
  static func longestNonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
    let sorted = matches.sorted {
      ($0.first, $1.last, $0.phrase) < ($1.first, $0.last, $1.phrase)
    }
    var kept: [PhraseMatch] = []
    for match in sorted {
      if let previous = kept.last, match.first <= previous.last { continue }
      kept.append(match)
    }
    return kept
  }
}
