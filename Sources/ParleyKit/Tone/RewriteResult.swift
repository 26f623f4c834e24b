/// A calmer version of a draft, with what was changed and what is left.
public struct RewriteResult: Hashable, Sendable {
  /// The revised draft.
  public let text: String
  /// The findings whose words were replaced or removed, as found in the draft
  /// being revised at the time (the original, or an earlier revision).
  public let applied: [ToneFinding]
  /// The sentences left out, as written: those with nothing to keep (no
  /// amount, number or date) and those that could not be made calm.
  public let dropped: [String]
  /// Warnings and stops in ``text`` that no safe change could fix; each has
  /// advice, such as "use 'draft mediation-proposal'". Spans refer to ``text``.
  public let remaining: [ToneFinding]
  /// The check of ``text``.
  public let report: ToneReport

  /// Whether the revised draft passes the check: no warnings or stops (those
  /// from the case's facts are about timing, which no wording fixes).
  public var passes: Bool { remaining.allSatisfy(\.isAboutTiming) }
}
