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
    let basis: String
    /// The steps the advice points to.
    let suggestedSteps: [SuggestedStepJSON]
  }

  struct Model: Encodable {
    struct Sentence: Encodable {
      let line: Int
      let column: Int
      let text: String
      let probability: Double
      let category: String?
      let flagged: Bool
    }

    struct Term: Encodable {
      let ngram: String
      let weight: Double
    }

    let draftProbability: Double
    let draftThreshold: Double
    let sentenceThreshold: Double
    let weighsMost: Sentence?
    let terms: [Term]
  }

  struct Rewrite: Encodable {
    let text: String
    let verdict: String
    let remaining: [Finding]
    let dropped: [String]
  }

  let verdict: String
  let findings: [Finding]
  let model: Model?
  let rewrite: Rewrite?

  init(_ report: ToneReport, rewrite: RewriteResult?, terms: [WeightedNGram] = []) {
    verdict = report.verdict.rawValue.snakeCased
    findings = report.findings.map(Self.finding)
    model = report.judgement.map { judgement in
      Model(
        draftProbability: Self.rounded(judgement.draftProbability),
        draftThreshold: Self.rounded(judgement.draftThreshold),
        sentenceThreshold: Self.rounded(judgement.sentenceThreshold),
        weighsMost: report.weighed.map {
          Model.Sentence(
            line: $0.span.line, column: $0.span.column, text: $0.span.text,
            probability: Self.rounded($0.probability), category: $0.category?.rawValue.snakeCased,
            flagged: $0.isFlagged)
        },
        terms: terms.map { Model.Term(ngram: $0.ngram, weight: Self.rounded($0.weight)) })
    }
    self.rewrite = rewrite.map {
      Rewrite(
        text: $0.text, verdict: $0.report.verdict.rawValue.snakeCased,
        remaining: $0.remaining.map(Self.finding), dropped: $0.dropped)
    }
  }

  /// A probability or weight to three decimals, so JSON stays short and stable.
  private static func rounded(_ value: Float) -> Double {
    (Double(value) * 1000).rounded() / 1000
  }

  private static func finding(_ finding: ToneFinding) -> Finding {
    Finding(
      rule: finding.ruleID.snakeCased, category: finding.category.rawValue.snakeCased,
      severity: finding.severity.rawValue.snakeCased, line: finding.span.line,
      column: finding.span.column,
      text: finding.span.text, why: finding.why, alternative: finding.alternative,
      advice: finding.advice?.display, basis: finding.basis.rawValue.snakeCased,
      suggestedSteps: finding.advice.map { SuggestedStepJSON.steps(in: [$0]) } ?? [])
  }
}
