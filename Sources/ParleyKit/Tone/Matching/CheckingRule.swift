/// The working side of a ``ToneRule``: the phrases it wants found, and how it
/// turns their matches (and the draft and case) into findings.
protocol CheckingRule: ToneRule {
  /// The phrases to find, matched in one pass together with every other rule's.
  var phrases: [TonePhrase] { get }
  /// Words the rule looks up by itself, beyond those in its phrases.
  var extraWords: [String] { get }
  /// Appends the rule's findings for `text` to `findings`.
  ///
  /// - Parameters:
  ///   - text: The tokenized draft.
  ///   - matches: Where the rule's phrases matched, in token order.
  ///   - context: What the case knows.
  ///   - findings: Where to put the findings.
  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding])
}

extension CheckingRule {
  var extraWords: [String] { [] }

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    reportPhrases(text, matches: matches, into: &findings)
  }

  /// The usual way: the longest match wins, a negated match of a negatable
  /// phrase is dropped, and each remaining match is a finding.
  func reportPhrases(
    _ text: TokenizedText, matches: [PatternMatch], into findings: inout [RawFinding],
    keep: (PatternMatch) -> Bool = { _ in true }
  ) {
    let phrases = self.phrases
    for match in PatternMatch.longestNonOverlapping(matches) where keep(match) {
      let phrase = phrases[match.phrase]
      if phrase.negatable, text.isNegated(match) { continue }
      findings.append(
        RawFinding(
          severity: phrase.severity, offsets: text.offsets(match.first, match.last),
          message: phrase.message, fix: phrase.fix))
    }
  }
}
