/// A run of punctuation that shouts: `!!`, `!!!`, `?!`.
struct LoudMark: Sendable {
  /// UTF-8 offset of the first mark.
  var start: Int
  /// UTF-8 offset just past the last mark.
  var end: Int
  /// Index of the token just before the run, or -1.
  var tokenBefore: Int
  /// The line it is on.
  var line: Int32
  /// In the client's quoted words.
  var isQuoted: Bool
  /// Whether the run has a question mark.
  var hasQuestion: Bool
}
