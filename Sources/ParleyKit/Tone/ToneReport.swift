/// The result of checking a draft: its findings in text order and a verdict.
public struct ToneReport: Hashable, Sendable {
  /// Every finding, ordered by where its span starts.
  public let findings: [ToneFinding]
  /// Send, revise, or don't send: the worst finding decides.
  public let verdict: ToneVerdict

  /// The trained model's reading of the draft, when a model was used.
  public let judgement: ToneJudgement?

  /// The sentence the model weighs most, when a model was used and the draft has a sentence.
  public let weighed: WeighedSentence?

  /// A report for `findings`, which should already be in text order.
  public init(
    findings: [ToneFinding], judgement: ToneJudgement? = nil, weighed: WeighedSentence? = nil
  ) {
    self.findings = findings
    self.verdict = ToneVerdict(findings: findings)
    self.judgement = judgement
    self.weighed = weighed
  }

  /// The findings that are warnings or stops.
  public var blocking: [ToneFinding] { findings.filter { $0.severity >= .warn } }

  /// The findings a calm rewrite works on: warnings and stops, and rule
  /// findings the model does not support (their words are still not calm),
  /// except capitals, which are often names and codes (`US$`, `INV`).
  public var rewritable: [ToneFinding] {
    findings.filter {
      $0.severity >= .warn || $0.basis == .unsupportedRule && $0.category != .shouting
    }
  }
}
