import ParleyKit

/// A tone check in `check --json`.
struct ToneReportJSON: Encodable {
  struct Finding: Encodable {
    let rule: String
    let category: String
    let severity: String
    let line: Int
    let column: Int
    let text: String
    let why: String
    let alternative: String?
    let advice: String?
  }

  struct Rewrite: Encodable {
    let text: String
    let verdict: String
    let remaining: [Finding]
  }

  let verdict: String
  let findings: [Finding]
  let rewrite: Rewrite?

  init(_ report: ToneReport, rewrite: RewriteResult?) {
    verdict = report.verdict.rawValue
    findings = report.findings.map(Self.finding)
    self.rewrite = rewrite.map {
      Rewrite(
        text: $0.text, verdict: $0.report.verdict.rawValue,
        remaining: $0.remaining.map(Self.finding))
    }
  }

  private static func finding(_ finding: ToneFinding) -> Finding {
    Finding(
      rule: finding.ruleID, category: finding.category.rawValue,
      severity: finding.severity.rawValue, line: finding.span.line, column: finding.span.column,
      text: finding.span.text, why: finding.why, alternative: finding.alternative,
      advice: finding.advice)
  }
}
