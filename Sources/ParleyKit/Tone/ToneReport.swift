/// The result of checking a draft: its findings in text order and a verdict.
public struct ToneReport: Hashable, Sendable {
  /// Every finding, ordered by where its span starts.
  public let findings: [ToneFinding]
  /// Send, revise, or don't send: the worst finding decides.
  public let verdict: ToneVerdict

  /// The trained model's reading of the draft, when a model was used.
  public let judgement: ToneJudgement?

  /// A report for `findings`, which should already be in text order.
  public init(findings: [ToneFinding], judgement: ToneJudgement? = nil) {
    self.findings = findings
    self.verdict = ToneVerdict(findings: findings)
    self.judgement = judgement
  }

  /// The findings that are warnings or stops.
  public var blocking: [ToneFinding] { findings.filter { $0.severity >= .warn } }
}
