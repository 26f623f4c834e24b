/// A warning before an outbound step: what, why it matters, what to do
/// instead, and the profile facts (with sources) it rests on.
public struct GuardWarning: Hashable, Sendable {
  /// The rule that fired.
  public let rule: GuardRule
  /// Why it matters, in a sentence or two with the numbers.
  public let why: String
  /// What to do instead, with the steps that do it.
  public let instead: Guidance
  /// The profile facts it rests on, with their sources; empty when it rests
  /// on parley's own guidance.
  public let facts: [ProfileFact]
  /// An amount it is about (the court fee, the disputed sum), if any.
  public let amount: Money?
  /// A day it is about (the end of a window, a promised day), if any.
  public let until: Day?

  /// Creates a warning.
  public init(
    rule: GuardRule, why: String, instead: Guidance, facts: [ProfileFact] = [],
    amount: Money? = nil, until: Day? = nil
  ) {
    self.rule = rule
    self.why = why
    self.instead = instead
    self.facts = facts
    self.amount = amount
    self.until = until
  }

  /// The stable id (`skip-mediation`).
  public var id: String { rule.id }
  /// Info, warn or stop.
  public var severity: GuardSeverity { rule.severity }
}
