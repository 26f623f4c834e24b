/// One problem in a draft: which rule, how bad, where, why, and what to say instead.
public struct ToneFinding: Hashable, Sendable {
  /// The rule's name, which is its policy: `NoThreatsOfHarm`.
  public let ruleID: String
  /// What kind of trouble this is.
  public let category: ToneCategory
  /// How much it matters.
  public let severity: ToneSeverity
  /// Where it is.
  public let span: TextSpan
  /// Why it hurts the user's case.
  public let why: String
  /// A calmer phrasing for the span, when there is one.
  public let alternative: String?
  /// What to do instead when no phrasing fixes it, such as proposing
  /// mediation with ``SuggestedStep/draft(_:)`` of a mediation proposal.
  public let advice: Guidance?
  /// What a calm rewrite does with the span.
  public let fix: ToneFix
  /// What the finding rests on.
  public let basis: FindingBasis

  /// Whether the finding is about when the draft would go out (too soon, before
  /// a promised day, a plan on track), which no wording fixes.
  public var isAboutTiming: Bool { basis == .caseFacts && category == .pestering }

  /// Creates a finding; the checker makes these.
  public init(
    ruleID: String, category: ToneCategory, severity: ToneSeverity, span: TextSpan,
    why: String, alternative: String?, advice: Guidance?, fix: ToneFix, basis: FindingBasis = .rule
  ) {
    self.ruleID = ruleID
    self.category = category
    self.severity = severity
    self.span = span
    self.why = why
    self.alternative = alternative
    self.advice = advice
    self.fix = fix
    self.basis = basis
  }
}
