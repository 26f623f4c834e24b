/// Splits the kept lines of a reply into normalised words.
///
/// Words are runs of letters and digits, with apostrophes inside (`can't`) and
/// asterisks in censored swearing (`f***`). Numbers keep their inner `.,/:'-`
/// and a letter suffix (`1,200.50`, `15/12`, `15th`, `3pm`, `12k`). Currency
/// symbols and emoji are tokens of their own. Everything else separates words,
/// so no rule ever matches inside another word. `.`, `!`, `?`, `;` and `…` end
/// a sentence, and so does a line break unless the next line starts in lowercase;
/// commas, colons, brackets and dashes end a clause.
enum ReplyTokenizer {
  /// The tokens of `text`'s kept lines, in reading order.
  static func tokens(of text: ReplyText) -> [ReplyToken] {
    var scanner = Scanner()
    var previousKept: Int?
    for index in text.lines.indices where text.isKept[index] {
      let line = text.lines[index]
      let startsLower = line.first { !$0.isWhitespace }?.isLowercase ?? false
      let isBlank = !line.contains { !$0.isWhitespace }
      if isBlank || previousKept != index - 1 || !startsLower {
        scanner.endSentence()
      }
      if !isBlank {
        scanner.scan(line, lineIndex: index)
        previousKept = index
      }
    }
    return expandIll(scanner.tokens)
  }

  /// Reads `ill` as `i will` when a verb follows (`ill pay friday`).
  private static func expandIll(_ tokens: [ReplyToken]) -> [ReplyToken] {
    guard tokens.contains(where: { $0.word == "ill" }) else { return tokens }
    var result: [ReplyToken] = []
    result.reserveCapacity(tokens.count + 4)
    for (index, token) in tokens.enumerated() {
      let next = index + 1 < tokens.count ? tokens[index + 1].word : ""
      if token.word == "ill", ReplyTokenizer.verbsAfterIll.contains(next) {
        result.append(token.with(word: "i"))
        result.append(token.with(word: "will"))
      } else {
        result.append(token)
      }
    }
    return result
  }
}

extension ReplyToken {
  /// The same token with another word.
  fileprivate func with(word: String) -> ReplyToken {
    ReplyToken(
      word: word, line: line, start: start, end: end, sentence: sentence, clause: clause,
      isShouted: isShouted)
  }
}
