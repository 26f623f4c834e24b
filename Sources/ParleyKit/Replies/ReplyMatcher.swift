/// Runs every ``ReplySignal`` over a reply's tokens, in one pass of the text
/// core's ``PatternMatcher``, then applies each signal's negation policy.
struct ReplyMatcher: Sendable {
  /// The matcher for the standard catalogue.
  static let standard = ReplyMatcher(signals: ReplySignal.catalogue)

  /// The rules, in catalogue order.
  let signals: [ReplySignal]
  /// The rules, by id.
  let signalsByID: [String: ReplySignal]
  /// The shared vocabulary and every word of the rules' patterns.
  let lexicon: Lexicon
  private let matcher: PatternMatcher
  private let lookbackNegators: WordSet
  private let negationBreakers: WordSet

  /// Compiles and indexes `signals`.
  init(signals: [ReplySignal]) {
    let patterns = PatternGroups(signals.map(\.patterns))
    let lexicon = Lexicon(
      patterns: patterns, extraWords: Self.lookbackNegatorWords + Self.negationBreakerWords)
    self.signals = signals
    self.signalsByID = Dictionary(
      signals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.lexicon = lexicon
    self.matcher = PatternMatcher(groups: patterns, lexicon: lexicon)
    self.lookbackNegators = WordSet(words: Self.lookbackNegatorWords, in: lexicon)
    self.negationBreakers = WordSet(words: Self.negationBreakerWords, in: lexicon)
  }

  /// Patterns that did not parse; a test keeps this empty.
  var invalidPatterns: [String] { matcher.invalidPatterns }

  /// Every rule matched in `text`, after negation, in reading order.
  ///
  /// A rule counts once at a token (its first pattern that matches there) and
  /// once for overlapping matches; a negated match of a rule with
  /// ``ReplyNegation/cancels`` is dropped.
  func matches(in text: TokenizedText) -> [ReplyMatch] {
    var found: [(start: Int, signal: Int, match: PatternMatch)] = []
    for (signal, matches) in matcher.matches(in: text).enumerated() {
      var previous: PatternMatch?
      for match in matches.sorted(by: { ($0.first, $0.phrase) < ($1.first, $1.phrase) }) {
        if let previous, previous.first == match.first { continue }
        previous = match
        found.append((match.first, signal, match))
      }
    }
    found.sort { ($0.start, $0.signal) < ($1.start, $1.signal) }
    var result: [ReplyMatch] = []
    var lastEnd: [String: Int] = [:]
    for (_, signal, match) in found {
      guard let resolved = resolve(signals[signal], match, in: text) else { continue }
      if let end = lastEnd[resolved.signal.id], end > resolved.first { continue }
      lastEnd[resolved.signal.id] = resolved.end
      result.append(resolved)
    }
    return result
  }

  /// Applies the rule's negation policy to one match.
  private func resolve(_ signal: ReplySignal, _ match: PatternMatch, in text: TokenizedText)
    -> ReplyMatch?
  {
    let end = match.last + 1
    if case .ignored = signal.negation {
      return ReplyMatch(signal: signal, first: match.first, end: end, isNegated: false)
    }
    let negatorBefore = negator(before: match.first, in: text)
    guard match.isNegatedInside || negatorBefore != nil else {
      return ReplyMatch(signal: signal, first: match.first, end: end, isNegated: false)
    }
    guard case .becomes(let id) = signal.negation, let other = signalsByID[id] else { return nil }
    return ReplyMatch(
      signal: other, first: negatorBefore ?? match.first, end: end, isNegated: true)
  }

  /// How far back a negation reaches, in tokens.
  static let negationReach = 5

  /// Words that negate what follows them in the clause.
  static let lookbackNegatorWords = [
    "not", "never", "nobody", "neither", "nor", "hardly", "without",
  ]

  /// Words that end the reach of a negation: "I can't, but we will pay".
  static let negationBreakerWords = [
    "but", "and", "so", "because", "though", "although", "however", "if", "when", "once",
    "until", "then", "or", "while", "whereas", "yet",
  ]

  /// The index of a negating word shortly before `start` in the same clause, if any.
  func negator(before start: Int, in text: TokenizedText) -> Int? {
    text.negator(
      before: start, reach: Self.negationReach, negators: lookbackNegators,
      breakers: negationBreakers)
  }
}
