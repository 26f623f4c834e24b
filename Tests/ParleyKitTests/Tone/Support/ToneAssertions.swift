import ParleyKit
import Testing

/// An expected finding: the markers around its span, and optionally its severity.
struct FindingSpec {
  let start: String
  let end: String
  let severity: ToneSeverity?

  init(_ start: String, _ end: String, _ severity: ToneSeverity? = nil) {
    self.start = start
    self.end = end
    self.severity = severity
  }
}

/// Checks `marked` with the rules alone (no model) and expects exactly
/// `findings` from rule `ruleID`, at the marked spans, with the right line,
/// column and text.
func assertLint(
  _ ruleID: String, _ marked: String, findings expected: [FindingSpec],
  context: ToneContext = .none, sourceLocation: SourceLocation = #_sourceLocation
) {
  let marked = MarkedText(marked)
  let report = ToneChecker.check(marked.text, context: context, model: nil)
  let actual = report.findings.filter { $0.ruleID == ruleID }
  var unmatched = actual
  for spec in expected {
    guard let range = marked.range(spec.start, spec.end) else {
      Issue.record(
        "markers \(spec.start) \(spec.end) not in the text", sourceLocation: sourceLocation)
      continue
    }
    guard let index = unmatched.firstIndex(where: { $0.span.utf8Offsets == range }) else {
      let spans = actual.map { "\($0.span.utf8Offsets) '\($0.span.text)'" }
      Issue.record(
        "no \(ruleID) finding at \(range) in \"\(marked.text)\"; found \(spans)",
        sourceLocation: sourceLocation)
      continue
    }
    let finding = unmatched.remove(at: index)
    let place = marked.lineAndColumn(of: range.lowerBound)
    #expect(finding.span.line == place.line, sourceLocation: sourceLocation)
    #expect(finding.span.column == place.column, sourceLocation: sourceLocation)
    #expect(
      finding.span.range(in: marked.text).map { String(marked.text[$0]) } == finding.span.text,
      sourceLocation: sourceLocation)
    if let severity = spec.severity {
      #expect(finding.severity == severity, sourceLocation: sourceLocation)
    }
    #expect(!finding.why.isEmpty, sourceLocation: sourceLocation)
    #expect(finding.alternative != nil || finding.advice != nil, sourceLocation: sourceLocation)
  }
  for extra in unmatched {
    let message = "unexpected \(ruleID) finding '\(extra.span.text)' at \(extra.span.utf8Offsets)"
    Issue.record("\(message) in \"\(marked.text)\"", sourceLocation: sourceLocation)
  }
}

/// Expects no warning or stop at all in `text`.
func assertCalm(
  _ text: String, context: ToneContext = .none, sourceLocation: SourceLocation = #_sourceLocation
) {
  let report = ToneChecker.check(text, context: context, model: nil)
  let blocking = report.blocking.map { "\($0.ruleID) '\($0.span.text)'" }
  #expect(blocking.isEmpty, "\"\(text)\" was flagged: \(blocking)", sourceLocation: sourceLocation)
}
