/// A policy's patterns, grouped as its rules are, parsed once for both the
/// lexicon and the matcher (parsing every pattern twice cost start-up time).
struct PatternGroups: Sendable {
  /// Each group's patterns as written, with their parsed form (nil when malformed).
  let groups: [[(source: String, pattern: TextPattern?)]]

  /// Parses each group's `sources`.
  init(_ sources: [[String]]) {
    groups = sources.map { group in group.map { ($0, TextPattern($0)) } }
  }

  /// Every pattern that parsed.
  var parsed: [TextPattern] { groups.flatMap { $0.compactMap(\.pattern) } }
}
