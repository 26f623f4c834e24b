/// One line of a draft.
struct TextLine: Sendable {
  /// UTF-8 offset of the line's first byte.
  var start: Int
  /// UTF-8 offset of the line break that ends it (or the end of the text).
  var end: Int
  /// Index of the line's first token.
  var firstToken: Int
  /// Index just past the line's last token.
  var tokenEnd: Int
  /// A `>` line, or in the quoted history of a reply.
  var isQuoted: Bool
  /// Has at least one lower-case letter.
  var hasLowercase: Bool
  /// Has an exclamation mark.
  var hasExclamation: Bool
  /// Only spaces.
  var isBlank: Bool
  /// In the signature block.
  var inSignature: Bool = false
}
