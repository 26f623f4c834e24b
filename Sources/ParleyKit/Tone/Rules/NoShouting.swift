/// Don't shout: no words in capitals for emphasis, no `!!` or `?!`.
///
/// Capitals and runs of exclamation marks read as shouting. Acronyms (`VAT`,
/// `CCJ`, `UK`, `PDF`, `OK`), codes (`INV-042`), short unknown capitals, the
/// signature block and headings (a line of capitals such as `FINAL NOTICE` or
/// `LETTER BEFORE CLAIM` with no demand in it) are not shouting.
///
/// Lint: Ordinary words in capitals, `!!` or more, and `?!` are a warning;
/// a capitalised name and a cheerful `Thanks!!` are notes.
struct NoShouting: CheckingRule {
  var category: ToneCategory { .shouting }
  var policy: String { "Don't shout: no capitals for emphasis, no '!!' or '?!'." }

  var phrases: [TonePhrase] { [] }

  static let cheerfulWords = [
    "thanks", "thank", "you", "great", "love", "loved", "amazing", "awesome", "brilliant",
    "wonderful", "congrats", "congratulations", "cheers", "yay", "hooray", "happy", "excited",
    "fantastic", "perfect", "welcome", "birthday", "christmas", "year", "lovely", "fab",
    "news", "much", "x", "xx",
  ]

  var extraWords: [String] { Self.cheerfulWords }

  private static let cheerful = WordSet(words: cheerfulWords)

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    checkCapitals(text, into: &findings)
    checkMarks(text, into: &findings)
  }

  /// Runs of capitalised words on one line, outside headings and the signature.
  private func checkCapitals(_ text: TokenizedText, into findings: inout [RawFinding]) {
    let tokens = text.tokens
    var index = 0
    while index < tokens.count {
      guard isCapitals(text, index), !isHeading(text, Int(tokens[index].line)) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < tokens.count, tokens[end].line == tokens[index].line, isCapitals(text, end) {
        end += 1
      }
      var words = 0
      var common = 0
      for run in index..<end {
        let flags = text.wordFlags(run)
        if flags.contains(.acronym) && !flags.contains(.common) { continue }
        if tokens[run].end - tokens[run].start < 2 { continue }
        if tokens[run].flags.contains(.contractionPiece) { continue }
        words += 1
        if flags.contains(.common) { common += 1 }
      }
      let severity: ToneSeverity?
      switch (words, common) {
      case (0, _): severity = nil
      case (_, 1...): severity = .warn
      case (1, _):
        let length = tokens[index..<end].map { $0.end - $0.start }.max() ?? 0
        severity = length > 3 ? .note : nil
      default: severity = .note
      }
      if let severity {
        findings.append(
          RawFinding(
            severity: severity, offsets: text.offsets(index, end - 1),
            message: severity == .warn ? .capitals : .capitalisedName, fix: .lowercase))
      }
      index = end
    }
  }

  /// Whether token `index` is a word in capitals that could be shouting.
  private func isCapitals(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    let flags = token.flags
    guard flags.contains(.allCaps), !flags.contains(.hasDigit), !token.isQuoted,
      flags.isDisjoint(with: [.joinedBefore, .joinedAfter, .signature])
    else { return false }
    let wordFlags = text.wordFlags(index)
    if wordFlags.contains(.acronym), !wordFlags.contains(.common) {
      return hasCapitalsAround(text, index)
    }
    return true
  }

  /// Whether a neighbouring word on the line is also in capitals, so an
  /// acronym is part of a shouted run ("DO IT NOW").
  private func hasCapitalsAround(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    for neighbour in [index - 1, index + 1]
    where neighbour >= 0 && neighbour < tokens.count && tokens[neighbour].line == tokens[index].line
    {
      let flags = text.wordFlags(neighbour)
      if tokens[neighbour].flags.contains(.allCaps), flags.contains(.common) { return true }
    }
    return false
  }

  /// A line of capitals with no demand in it: a heading such as `FINAL NOTICE`.
  private func isHeading(_ text: TokenizedText, _ lineIndex: Int) -> Bool {
    let line = text.lines[lineIndex]
    guard !line.hasLowercase, !line.hasExclamation, line.tokenEnd - line.firstToken <= 8 else {
      return false
    }
    for index in line.firstToken..<line.tokenEnd where text.wordFlags(index).contains(.demand) {
      return false
    }
    return true
  }

  /// `!!`, `!!!` and `?!`, outside quotes and the signature.
  private func checkMarks(_ text: TokenizedText, into findings: inout [RawFinding]) {
    for mark in text.loudMarks where !mark.isQuoted && !text.lines[Int(mark.line)].inSignature {
      let cheerful =
        mark.tokenBefore >= 0 && Self.cheerful.contains(text.tokens[mark.tokenBefore].id)
        && !mark.hasQuestion
      findings.append(
        RawFinding(
          severity: cheerful ? .note : .warn, offsets: mark.start..<mark.end,
          message: cheerful ? .cheerfulMarks : .marks,
          fix: .replace(mark.hasQuestion ? "?" : (cheerful ? "!" : "."))))
    }
  }
}

extension ToneMessage {
  fileprivate static let capitals = ToneMessage(
    why: "Words in capitals read as shouting; the reader hears anger, not urgency.",
    alternative: "Write it in ordinary case; put the key fact first instead.",
    advice: nil)
  fileprivate static let capitalisedName = ToneMessage(
    why: "Capitals here look like a name or code; if they are for emphasis, they read as "
      + "shouting.",
    alternative: nil,
    advice: "keep capitals for names and codes")
  fileprivate static let marks = ToneMessage(
    why: "\"!!\" and \"?!\" read as shouting or disbelief; one full stop is firmer.",
    alternative: ".",
    advice: nil)
  fileprivate static let cheerfulMarks = ToneMessage(
    why: "Friendly, but a single \"!\" reads just as warmly in a payment message.",
    alternative: "!",
    advice: nil)
}
