extension String {
  /// The longest quoted value an error message repeats, in characters.
  static let longestExcerpt = 60
  /// The longest error message shown, in characters.
  static let longestMessage = 1_000

  /// An error message with each value it quotes ('…') cut to a short excerpt,
  /// and the whole kept short: a 100 KB argument is named, not repeated.
  ///
  /// A quote opens at `'` after a non-letter and closes at `'` before one, so
  /// apostrophes inside words ("doesn't") are left alone.
  var withShortExcerpts: String {
    let characters = Array(self)
    var result = ""
    var quoteStart: Int?
    for (index, character) in characters.enumerated() {
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      if character == "'", let start = quoteStart, !after.isLetter {
        result += Self.excerpt(String(characters[(start + 1)..<index])) + "'"
        quoteStart = nil
      } else if character == "'", quoteStart == nil, !before.isLetter {
        quoteStart = index
        result.append(character)
      } else if quoteStart == nil {
        result.append(character)
      }
    }
    if let start = quoteStart {
      result += Self.excerpt(String(characters[(start + 1)...]))
    }
    guard result.count > Self.longestMessage else { return result }
    return String(result.prefix(Self.longestMessage - 1)) + "…"
  }

  /// `value` as an error quotes it: whole when short, else its start and its length.
  private static func excerpt(_ value: String) -> String {
    guard value.count > longestExcerpt else { return value }
    return String(value.prefix(longestExcerpt - 1)) + "… (\(value.count) characters)"
  }
}
