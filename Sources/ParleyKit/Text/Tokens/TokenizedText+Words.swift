extension TokenizedText {
  /// Token `index`'s word, folded: the lexicon's spelling for a known word
  /// (`tmrw` is `tomorrow`, `n't` is `not`), else the word as written in lower
  /// case with straight apostrophes.
  func foldedWord(_ index: Int) -> String {
    if let known = lexicon.word(tokens[index].id) { return known }
    return String(writtenWord(index).lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
  }

  /// Token `index` exactly as written (`CA`, `Ft`, `zł`).
  func writtenWord(_ index: Int) -> String {
    text(tokens[index].start..<tokens[index].end)
  }

  /// Whether token `index` is a word of two letters or more written in capitals.
  func isShouted(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.flags.contains(.allCaps) && token.flags.contains(.hasLetter)
      && !token.flags.contains(.symbol) && token.end - token.start >= 2
  }
}
