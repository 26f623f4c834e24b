/// The compiled checker: one lexicon and one phrase matcher for all rules,
/// built once on first use.
struct ToneEngine: Sendable {
  /// The engine for ``ToneChecker/checkingRules``.
  static let shared = ToneEngine(rules: ToneChecker.checkingRules)

  /// Every word any rule knows.
  let lexicon: Lexicon
  /// Every rule's phrases, indexed for one pass.
  let matcher: PatternMatcher
  /// The rules, in report order.
  let rules: [any CheckingRule]
  /// Each rule's id and category, looked up once.
  private let ruleIDs: [String]
  private let ruleCategories: [ToneCategory]

  /// Builds the lexicon from the shared word lists and the rules' words, then
  /// compiles the rules' phrases.
  init(rules: [any CheckingRule]) {
    let patterns = PatternGroups(rules.map { $0.phrases.map(\.pattern) })
    let lexicon = Lexicon(patterns: patterns, extraWords: rules.flatMap(\.extraWords))
    self.lexicon = lexicon
    self.matcher = PatternMatcher(groups: patterns, lexicon: lexicon)
    self.rules = rules
    self.ruleIDs = rules.map(\.id)
    self.ruleCategories = rules.map(\.category)
  }

  /// Tokenizes `text` with this engine's lexicon.
  func tokenize(_ text: String) -> TokenizedText {
    TextTokenizer.tokenize(text, lexicon: lexicon)
  }

  /// Checks `text`: every rule once and the model, findings in text order with their spans.
  func check(_ text: String, context: ToneContext, model: ToneModel?) -> ToneReport {
    let toneText = tokenize(text)
    let matches = matcher.matches(in: toneText, skipping: .quoted)
    var raw: [RawFinding] = []
    for (index, rule) in rules.enumerated() {
      let before = raw.count
      rule.check(toneText, matches: matches[index], context: context, into: &raw)
      for added in before..<raw.count { raw[added].rule = index }
    }
    let judgement = model?.judge(toneText)
    var categories = CategoryCache(model: model, text: text)
    if let judgement { reconcile(&raw, with: judgement, categories: &categories) }
    raw.sort {
      ($0.offsets.lowerBound, $0.offsets.upperBound, $0.rule)
        < ($1.offsets.lowerBound, $1.offsets.upperBound, $1.rule)
    }
    var locator = SpanLocator(text: toneText)
    var findings: [ToneFinding] = []
    findings.reserveCapacity(raw.count)
    var previous: RawFinding?
    for finding in raw {
      if let previous, previous.rule == finding.rule, previous.offsets == finding.offsets,
        previous.message == finding.message
      {
        continue
      }
      previous = finding
      findings.append(
        ToneFinding(
          ruleID: ruleIDs[finding.rule], category: ruleCategories[finding.rule],
          severity: finding.severity,
          span: locator.span(finding.offsets), why: finding.message.why,
          alternative: finding.message.alternative, advice: finding.message.advice,
          fix: finding.fix, basis: finding.basis))
    }
    let weighed = judgement.flatMap { judgement in
      judgement.strongest.map {
        var fresh = SpanLocator(text: toneText)
        return WeighedSentence(
          span: fresh.span($0.segment.utf8Offsets), probability: $0.probability,
          category: $0.probability >= judgement.sentenceThreshold
            ? categories.category(of: $0.segment) : nil,
          isFlagged: $0.probability >= judgement.sentenceThreshold)
      }
    }
    return ToneReport(findings: findings, judgement: judgement, weighed: weighed)
  }

  /// Lets the model decide: a rule finding on a sentence the model does not
  /// support (under ``ToneModel/ruleSupportThreshold``) becomes a note (unless it rests on the case's facts), and
  /// a sentence the model flags with no rule naming its words gets a finding of
  /// its own.
  private func reconcile(
    _ raw: inout [RawFinding], with judgement: ToneJudgement, categories: inout CategoryCache
  ) {
    let flagged = judgement.flaggedSentences
    let supportingSegments = SortedSegments(
      judgement.supportingSentences.map(\.segment.utf8Offsets))
    let wholeDraftOnly = flagged.isEmpty && judgement.isFlagged
    for index in raw.indices where raw[index].basis == .rule && raw[index].severity >= .warn {
      let finding = raw[index]
      if !wholeDraftOnly, !supportingSegments.overlapsAny(finding.offsets) {
        raw[index].severity = .note
        raw[index].basis = .unsupportedRule
      }
    }
    var unexplained = flagged
    if wholeDraftOnly, let strongest = judgement.strongest { unexplained = [strongest] }
    let unexplainedSegments = SortedSegments(unexplained.map(\.segment.utf8Offsets))
    var isExplained = [Bool](repeating: false, count: unexplained.count)
    for finding in raw where finding.severity >= .warn {
      for index in unexplainedSegments.overlapping(finding.offsets) { isExplained[index] = true }
    }
    for (sentence, explained) in zip(unexplained, isExplained) where !explained {
      let category = categories.category(of: sentence.segment) ?? .anger
      let rule = ruleCategories.firstIndex(of: category) ?? 0
      raw.append(
        RawFinding(
          rule: rule, severity: .warn, offsets: sentence.segment.utf8Offsets,
          message: ToneMessage(
            why: category.modelWhy, alternative: nil,
            advice: "rephrase it calmly, or leave it out"),
          fix: .removeSentence, basis: .model))
    }
  }
}
