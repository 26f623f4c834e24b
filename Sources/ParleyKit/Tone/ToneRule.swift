/// A tone rule: one policy, named as the policy (`NoThreatsOfHarm`).
///
/// The rules themselves live in `Tone/Rules`, one per file; ``ToneChecker/rules``
/// lists them. The shell can use this protocol to list and describe them.
public protocol ToneRule: Sendable {
  /// The rule's name, which is its policy: `NoThreatsOfHarm`.
  var id: String { get }
  /// The category of its findings.
  var category: ToneCategory { get }
  /// The policy in one sentence, for help text.
  var policy: String { get }
}

extension ToneRule {
  /// The type's name (without `String(describing:)`, whose protocol lookups
  /// cost milliseconds at start-up).
  public var id: String { _typeName(Self.self, qualified: false) }
}
