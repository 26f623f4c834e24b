/// One sentence of a draft: from its first word to its closing punctuation.
struct TextSentence: Sendable {
  /// UTF-8 offset of the first word.
  var start: Int
  /// UTF-8 offset just past the closing punctuation, or the last word.
  var end: Int
  /// Index of the first token.
  var firstToken: Int
  /// Index just past the last token.
  var tokenEnd: Int
}
