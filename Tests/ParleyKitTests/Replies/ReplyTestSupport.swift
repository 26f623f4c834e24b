import Testing

@testable import ParleyKit

/// The day the reply tests read on: Tuesday 1 December 2026.
let replyToday = Day(validYear: 2026, month: 12, day: 1)

/// Classifies `text` with the rules alone (no model), as read on Tuesday
/// 1 December 2026, in pounds, day first: the rules' own behaviour, which the
/// model's reading builds on. The model is measured on the blind set.
func triage(
  _ text: String, currency: Currency = .gbp, order: DateOrder = .dayFirst
) -> ReplyAnalysis {
  ReplyClassifier.classify(
    text, today: replyToday, currency: currency, dateOrder: order, model: nil)
}

/// `text` read as parley reads it: the trained model decides the kind.
func read(
  _ text: String, currency: Currency = .gbp, order: DateOrder = .dayFirst
) -> ReplyAnalysis {
  ReplyClassifier.classify(text, today: replyToday, currency: currency, dateOrder: order)
}

/// An expected piece of evidence: where, what, and which rule.
struct EvidenceSpec: Equatable, CustomStringConvertible {
  /// The 1-based line.
  let line: Int
  /// The 1-based column.
  let column: Int
  /// The phrase as written.
  let text: String
  /// The rule id.
  let rule: String

  /// Creates a spec, `EvidenceSpec(1, 4, "won't be paying", "dispute.refuses-to-pay")`.
  init(_ line: Int, _ column: Int, _ text: String, _ rule: String) {
    self.line = line
    self.column = column
    self.text = text
    self.rule = rule
  }

  /// The spec of a piece of evidence, for comparing.
  init(_ evidence: ReplyEvidence) {
    self.init(evidence.line, evidence.column, evidence.text, evidence.rule)
  }

  var description: String { "\(line):\(column) \"\(text)\" [\(rule)]" }
}

/// Expects `text` to be `kind`, with exactly `evidence`.
func expectTriage(
  _ text: String, is kind: ReplyKind, evidence: [EvidenceSpec],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let analysis = triage(text)
  #expect(analysis.kind == kind, sourceLocation: sourceLocation)
  #expect(analysis.evidence.map(EvidenceSpec.init) == evidence, sourceLocation: sourceLocation)
}
