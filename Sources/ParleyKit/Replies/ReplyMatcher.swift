/// Runs every ``ReplySignal`` over a reply's tokens, in one pass.
///
/// Patterns are indexed by the words their first element accepts, so each
/// token is tried only against the few patterns that could start there: the
/// pass takes time linear in the number of tokens.
struct ReplyMatcher: Sendable {
  /// The matcher for the standard catalogue.
  static let standard = ReplyMatcher(signals: ReplySignal.catalogue)

  /// The rules, by id.
  let signalsByID: [String: ReplySignal]
  /// Every compiled pattern, with the index of its rule in ``signals``.
  let patterns: [(signal: Int, pattern: ReplyPattern)]
  /// The rules.
  let signals: [ReplySignal]
  /// Patterns that can start with a given word.
  private let byWord: [String: [Int]]
  /// Patterns whose first element has prefixes, by the prefix's first three letters.
  private let byPrefix: [String: [Int]]
  /// Patterns that can start with a number.
  private let byNumber: [Int]
  /// Patterns whose source did not compile; a test keeps this empty.
  let invalidPatterns: [String]

  /// Compiles and indexes `signals`.
  init(signals: [ReplySignal]) {
    var patterns: [(signal: Int, pattern: ReplyPattern)] = []
    var invalid: [String] = []
    var byWord: [String: [Int]] = [:]
    var byPrefix: [String: [Int]] = [:]
    var byNumber: [Int] = []
    for (signalIndex, signal) in signals.enumerated() {
      for source in signal.patterns {
        guard let pattern = ReplyPattern(source) else {
          invalid.append(source)
          continue
        }
        let index = patterns.count
        patterns.append((signalIndex, pattern))
        let first = pattern.first
        var words = first.words
        if first.matchesCurrency { words.formUnion(ReplyToken.currencyWords) }
        for word in words { byWord[word, default: []].append(index) }
        for prefix in first.prefixes {
          byPrefix[String(prefix.prefix(3)), default: []].append(index)
        }
        if first.matchesNumber { byNumber.append(index) }
      }
    }
    self.signals = signals
    self.signalsByID = Dictionary(
      signals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.patterns = patterns
    self.byWord = byWord
    self.byPrefix = byPrefix
    self.byNumber = byNumber
    self.invalidPatterns = invalid
  }

  /// The patterns that might start at `token`, in catalogue order.
  private func candidates(for token: ReplyToken) -> [Int] {
    var result = byWord[token.word] ?? []
    if let prefixed = byPrefix[String(token.word.prefix(3))] { result += prefixed }
    if token.isNumber { result += byNumber }
    return result.count > 1 ? Array(Set(result)).sorted() : result
  }

  /// Every rule matched in `tokens`, after negation, in reading order.
  ///
  /// A rule counts once for overlapping matches; a negated match of a rule with
  /// ``ReplyNegation/cancels`` is dropped.
  func matches(in tokens: [ReplyToken]) -> [ReplyMatch] {
    var result: [ReplyMatch] = []
    var lastEnd: [String: Int] = [:]
    for start in tokens.indices {
      var matchedHere: Set<Int> = []
      for index in candidates(for: tokens[start]) {
        let (signalIndex, pattern) = patterns[index]
        guard !matchedHere.contains(signalIndex),
          let found = pattern.match(tokens, at: start)
        else { continue }
        matchedHere.insert(signalIndex)
        guard let match = resolve(signals[signalIndex], tokens, start: start, found: found)
        else { continue }
        if let end = lastEnd[match.signal.id], end > match.first { continue }
        lastEnd[match.signal.id] = match.end
        result.append(match)
      }
    }
    return result
  }

  /// Applies the rule's negation policy to one match.
  private func resolve(
    _ signal: ReplySignal, _ tokens: [ReplyToken], start: Int,
    found: (end: Int, isNegatedInside: Bool)
  ) -> ReplyMatch? {
    if case .ignored = signal.negation {
      return ReplyMatch(signal: signal, first: start, end: found.end, isNegated: false)
    }
    let negatorBefore = Self.negator(before: start, in: tokens)
    guard found.isNegatedInside || negatorBefore != nil else {
      return ReplyMatch(signal: signal, first: start, end: found.end, isNegated: false)
    }
    guard case .becomes(let id) = signal.negation, let other = signalsByID[id] else { return nil }
    return ReplyMatch(
      signal: other, first: negatorBefore ?? start, end: found.end, isNegated: true)
  }

  /// How far back a negation reaches, in tokens.
  static let negationReach = 5

  /// Words that negate what follows them in the clause.
  static let lookbackNegators: Set<String> = [
    "not", "never", "nobody", "neither", "nor", "hardly", "without",
  ]

  /// Words that end the reach of a negation: "I can't, but we will pay".
  static let negationBreakers: Set<String> = [
    "but", "and", "so", "because", "though", "although", "however", "if", "when", "once",
    "until", "then", "or", "while", "whereas", "yet",
  ]

  /// The index of a negating word shortly before `start` in the same clause, if any.
  static func negator(before start: Int, in tokens: [ReplyToken]) -> Int? {
    guard start > 0 else { return nil }
    let clause = tokens[start].clause
    var index = start - 1
    while index >= 0, start - index <= negationReach, tokens[index].clause == clause {
      let word = tokens[index].word
      if negationBreakers.contains(word) { return nil }
      if lookbackNegators.contains(word) { return index }
      index -= 1
    }
    return nil
  }
}
