extension String {
  /// The line as the reply rules compare it: trimmed, lowercased, with curly
  /// quotes and apostrophes made straight.
  var replyFolded: String {
    String(
      trimmed.lowercased().map { character -> Character in
        switch character {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "`": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: character
        }
      })
  }
}
