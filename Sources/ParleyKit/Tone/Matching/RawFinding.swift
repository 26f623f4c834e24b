/// A finding as a rule reports it: UTF-8 offsets, before lines and columns
/// are worked out for all findings at once.
struct RawFinding: Sendable {
  /// The rule's index in ``ToneChecker/checkingRules``; set by the engine.
  var rule: Int = 0
  /// How much it matters.
  var severity: ToneSeverity
  /// UTF-8 offsets of the span.
  let offsets: Range<Int>
  /// What the finding says.
  let message: ToneMessage
  /// What a calm rewrite does with it.
  let fix: ToneFix
  /// What it rests on.
  var basis: FindingBasis = .rule
}
