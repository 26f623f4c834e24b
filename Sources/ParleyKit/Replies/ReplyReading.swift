/// One reply prepared for the classifier: its lines, tokens, sentences and matches.
struct ReplyReading {
  /// The reply's lines and which are kept.
  let text: ReplyText
  /// The kept lines' tokens.
  let tokens: [ReplyToken]
  /// Every rule matched, in reading order.
  let matches: [ReplyMatch]
  /// The token range of each sentence, by sentence number.
  private let sentenceRanges: [Range<Int>]

  /// Reads `text`: drops quotes and signatures, tokenises, matches every rule.
  init(_ text: String, matcher: ReplyMatcher = .standard) {
    let replyText = ReplyText(text)
    let tokens = ReplyTokenizer.tokens(of: replyText)
    self.text = replyText
    self.tokens = tokens
    self.matches = matcher.matches(in: tokens) + Self.shouting(in: tokens)
    var ranges: [Range<Int>] = []
    var start = 0
    for index in tokens.indices
    where index + 1 == tokens.count
      || tokens[index + 1].sentence != tokens[index].sentence
    {
      while ranges.count < tokens[index].sentence { ranges.append(start..<start) }
      ranges.append(start..<(index + 1))
      start = index + 1
    }
    self.sentenceRanges = ranges
  }

  /// A run of this many shouted words counts as a hint of hostility.
  static let shoutingRun = 4

  /// Runs of at least ``shoutingRun`` words in capitals, as weak hostile matches.
  private static func shouting(in tokens: [ReplyToken]) -> [ReplyMatch] {
    let signal = ReplySignal(
      "hostile.shouting", .hostile, weight: 0.5, negation: .ignored, ["shouting"])
    var result: [ReplyMatch] = []
    var runStart: Int?
    for index in 0...tokens.count {
      let isShouted = index < tokens.count && tokens[index].isShouted
      if isShouted, runStart == nil { runStart = index }
      if !isShouted, let start = runStart {
        if index - start >= shoutingRun {
          result.append(ReplyMatch(signal: signal, first: start, end: index, isNegated: false))
        }
        runStart = nil
      }
    }
    return result
  }

  /// The range of token indices in the sentence of token `index`.
  func sentence(of index: Int) -> Range<Int> {
    let sentence = tokens[index].sentence
    guard sentence < sentenceRanges.count else { return index..<(index + 1) }
    return sentenceRanges[sentence]
  }

  /// How far from a phrase, in tokens, its day, amount or dispute sentence is looked for.
  static let reach = 40

  /// The part of `index`'s sentence within ``reach`` tokens of `phrase`.
  func neighbourhood(of phrase: Range<Int>) -> Range<Int> {
    let sentence = sentence(of: phrase.lowerBound)
    let lower = max(sentence.lowerBound, phrase.lowerBound - Self.reach)
    let upper = min(sentence.upperBound, phrase.upperBound + Self.reach)
    return lower..<upper
  }

  /// The text of `tokens[first..<end]` as written, from the first token's start
  /// to the last one's end; parts on different lines are joined by a space.
  func written(_ first: Int, _ end: Int) -> String {
    guard first < end, end <= tokens.count else { return "" }
    let head = tokens[first]
    let tail = tokens[end - 1]
    if head.line == tail.line {
      return String(text.lines[head.line][head.start..<tail.end])
    }
    var parts: [String] = []
    for line in head.line...tail.line where text.isKept[line] {
      let characters = text.lines[line]
      let from = line == head.line ? head.start : 0
      let to = line == tail.line ? tail.end : characters.count
      let part = String(characters[from..<to]).trimmed
      if !part.isEmpty { parts.append(part) }
    }
    return parts.joined(separator: " ")
  }

  /// The evidence for one match.
  func evidence(_ match: ReplyMatch) -> ReplyEvidence {
    let head = tokens[match.first]
    return ReplyEvidence(
      line: head.line + 1, column: head.start + 1, text: written(match.first, match.end),
      kind: match.signal.kind, rule: match.signal.id, isNegated: match.isNegated)
  }
}
