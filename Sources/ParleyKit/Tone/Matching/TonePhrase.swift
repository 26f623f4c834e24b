/// A phrase a rule looks for, with what to say and do when it is found.
struct TonePhrase: Sendable {
  /// The pattern, as described in ``TextPattern``.
  let pattern: String
  /// How much it matters.
  let severity: ToneSeverity
  /// What the finding says.
  let message: ToneMessage
  /// What a calm rewrite does with it.
  let fix: ToneFix
  /// Whether a negation before it in its clause makes it calm ("no need for court").
  let negatable: Bool
  /// A rule's own mark, to tell kinds of phrase apart.
  let tag: Int

  init(
    _ pattern: String, _ severity: ToneSeverity, _ message: ToneMessage, fix: ToneFix,
    negatable: Bool = false, tag: Int = 0
  ) {
    self.pattern = pattern
    self.severity = severity
    self.message = message
    self.fix = fix
    self.negatable = negatable
    self.tag = tag
  }
}
