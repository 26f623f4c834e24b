/// One reply prepared for the classifier: its lines, tokens, words and matches.
struct ReplyReading {
  /// The reply's lines and which are kept.
  let text: ReplyText
  /// The kept lines, tokenized by the text core; other lines are blank, so
  /// token lines are the reply's own line numbers.
  let tokenized: TokenizedText
  /// Each token's word, folded: the lexicon's spelling (`tmrw` is `tomorrow`,
  /// `n't` is `not`), or the written word in lower case.
  let words: [String]
  /// Every rule matched, in reading order.
  let matches: [ReplyMatch]
  /// Whether the reply reports a payment already made, so a past day can be
  /// the day it was sent (worked out once: several phrases ask).
  let reportsPaymentMade: Bool
  /// The token range of each sentence, by sentence number.
  private let sentenceRanges: [Range<Int>]

  /// Reads `text`: drops quotes and signatures, tokenises, matches every rule.
  init(_ text: String, matcher: ReplyMatcher = .standard) {
    let replyText = ReplyText(text)
    let kept = replyText.lines.indices.map {
      replyText.isKept[$0] ? String(replyText.lines[$0]) : ""
    }
    let tokenized = TextTokenizer.tokenize(
      kept.joined(separator: "\n"), lexicon: matcher.lexicon)
    self.text = replyText
    self.tokenized = tokenized
    self.words = Self.paidWithApps(tokenized.tokens.indices.map { tokenized.foldedWord($0) })
    self.matches = matcher.matches(in: tokenized) + Self.shouting(in: tokenized)
    self.reportsPaymentMade =
      matches.contains { $0.signal.isOnItsWay || $0.signal.topic == .alreadyPaid }
      || words.contains { Self.paymentMadeWords.contains($0) }
    self.sentenceRanges = tokenized.sentences.map { $0.firstToken..<$0.tokenEnd }
  }

  /// The tokens, in reading order.
  var tokens: [TextToken] { tokenized.tokens }

  /// Whether token `index` is a number (`15`, `1,200.50`, `15/12`, `15th`, `12k`).
  func isNumber(_ index: Int) -> Bool {
    words[index].first?.isASCIIDigit ?? false
  }

  /// The text between token `index - 1` and token `index`; empty when they
  /// touch or overlap (the pieces of a contraction share their word's bytes).
  func gap(before index: Int) -> String {
    let lower = tokens[index - 1].end
    let upper = tokens[index].start
    return lower < upper ? tokenized.text(lower..<upper) : ""
  }

  /// Whether token `index` is a currency symbol or code.
  func isCurrency(_ index: Int) -> Bool {
    tokenized.wordFlags(index).contains(.currency)
  }

  /// Payment apps people make verbs of: "Venmo'd you $225", "zelle'd it".
  static let paymentApps: Set<String> = [
    "venmo", "zelle", "cashapp", "paypal", "gcash", "revolut", "interac", "monzo",
  ]

  /// `words` with a payment app before `'d` (which the text core reads as
  /// "would") read as `paid`: "venmo'd you $225" is "paid you $225".
  private static func paidWithApps(_ words: [String]) -> [String] {
    var words = words
    for index in words.indices.dropLast()
    where paymentApps.contains(words[index]) && words[index + 1] == "would" {
      words[index] = "paid"
    }
    return words
  }

  /// Words that report a payment already made: "paid", "sent", "transferred".
  static let paymentMadeWords: Set<String> = [
    "paid", "sent", "transferred", "wired", "settled", "cleared", "remitted", "posted",
    "mailed", "done", "processed", "actioned", "made", "went", "venmoed", "zelled", "lodged",
    "dropped", "e-transferred", "etransferred", "deposited", "credited", "flicked", "already",
    "chucked", "bunged", "executed",
  ]

  /// A run of this many shouted words counts as a hint of hostility.
  static let shoutingRun = 4

  /// Runs of at least ``shoutingRun`` words in capitals, as weak hostile matches.
  private static func shouting(in text: TokenizedText) -> [ReplyMatch] {
    let signal = ReplySignal(
      "hostile.shouting", .hostile, weight: 0.5, negation: .ignored, ["shouting"])
    var result: [ReplyMatch] = []
    var runStart: Int?
    let tokens = text.tokens
    for index in 0...tokens.count {
      let isShouted = index < tokens.count && text.isShouted(index)
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
    let sentence = Int(tokens[index].sentence)
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

  /// The first ``reach`` tokens of the sentence after token `index`'s, if any.
  func headOfNextSentence(after index: Int) -> Range<Int>? {
    let sentence = sentence(of: index)
    guard sentence.upperBound < tokens.count else { return nil }
    let next = self.sentence(of: sentence.upperBound)
    return next.lowerBound..<min(next.upperBound, next.lowerBound + Self.reach)
  }

  /// The last ``reach`` tokens of the sentence before token `index`'s, if any.
  func tailOfPreviousSentence(before index: Int) -> Range<Int>? {
    let sentence = sentence(of: index)
    guard sentence.lowerBound > 0 else { return nil }
    let previous = self.sentence(of: sentence.lowerBound - 1)
    return max(previous.lowerBound, previous.upperBound - Self.reach)..<previous.upperBound
  }

  /// The text of `tokens[first..<end]` as written, from the first token's start
  /// to the last one's end; parts on different lines are joined by a space.
  func written(_ first: Int, _ end: Int) -> String {
    guard first < end, end <= tokens.count else { return "" }
    let span = tokenized.text(tokenized.offsets(first, end - 1))
    return span.split(whereSeparator: \.isNewline)
      .map { String($0).trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The evidence for one match.
  func evidence(_ match: ReplyMatch) -> ReplyEvidence {
    let head = tokens[match.first]
    let line = tokenized.lines[Int(head.line)]
    let start = tokenized.offsets(match.first, match.end - 1).lowerBound
    let column = tokenized.text(line.start..<start).count
    return ReplyEvidence(
      line: Int(head.line) + 1, column: column + 1, text: written(match.first, match.end),
      kind: match.signal.kind, rule: match.signal.id, isNegated: match.isNegated)
  }
}
