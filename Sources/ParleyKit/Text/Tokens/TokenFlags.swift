/// What is known about one token beyond its word.
struct TokenFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt16

  /// Inside quotation marks: the client's words, not the user's.
  static let quotedMarks = TokenFlags(rawValue: 1 << 0)
  /// On a `>` line or in the quoted history below "... wrote:".
  static let quotedLine = TokenFlags(rawValue: 1 << 1)
  /// In the signature block.
  static let signature = TokenFlags(rawValue: 1 << 2)
  /// Contains a digit.
  static let hasDigit = TokenFlags(rawValue: 1 << 3)
  /// Contains a letter.
  static let hasLetter = TokenFlags(rawValue: 1 << 4)
  /// Has letters, all of them capitals.
  static let allCaps = TokenFlags(rawValue: 1 << 5)
  /// Starts with a capital letter.
  static let capitalized = TokenFlags(rawValue: 1 << 6)
  /// Glued to the word before by `-`, `/`, `_`, `.` or `#`, as in `INV-042`.
  static let joinedBefore = TokenFlags(rawValue: 1 << 7)
  /// Glued to the word after, as in `INV-042`.
  static let joinedAfter = TokenFlags(rawValue: 1 << 8)
  /// Has stars in it, as in `f***`.
  static let starred = TokenFlags(rawValue: 1 << 9)
  /// A number right after a currency sign.
  static let money = TokenFlags(rawValue: 1 << 10)
  /// The second word of a contraction (`n't`, `'re`), or of `dont`.
  static let contractionPiece = TokenFlags(rawValue: 1 << 11)
  /// A currency sign or an emoji, not a word.
  static let symbol = TokenFlags(rawValue: 1 << 12)

  /// The client's words rather than the user's.
  static let quoted: TokenFlags = [.quotedMarks, .quotedLine]
}
