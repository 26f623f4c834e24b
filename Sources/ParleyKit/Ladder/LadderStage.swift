/// A rung of the escalation ladder, lowest first: remind, talk, arrange,
/// mediate, formal demand, small claim, recover.
///
/// The raw value is the id used in profiles and on the command line
/// (`formal-demand`) and never changes.
public enum LadderStage: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
  /// Polite, dated reminders at reasonable intervals.
  case remind
  /// A phone call or meeting: ask about their cash flow, leave with a solid date.
  case talk
  /// A promise to pay or an installment plan, tracked payment by payment.
  case arrange
  /// Propose mediation; the offer alone often settles it.
  case mediate
  /// The letter before claim the jurisdiction requires.
  case formalDemand = "formal-demand"
  /// A claim on the small-claims track.
  case smallClaim = "small-claim"
  /// Solicitors or a debt-recovery agency: last, and only for substantial sums.
  case recover

  /// The stage's position on the ladder, 0 for ``remind``.
  public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: LadderStage, rhs: LadderStage) -> Bool { lhs.rank < rhs.rank }
}
