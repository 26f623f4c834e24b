/// How much a finding matters: a note to consider, a warning to revise, or a stop.
///
/// Severities are ordered: `note < warn < stop`.
public enum ToneSeverity: String, Comparable, CaseIterable, Codable, Sendable {
  /// Worth knowing; the draft can go out as it is.
  case note
  /// The draft should be revised before it is sent.
  case warn
  /// The draft should not be sent: it could harm the user's case.
  case stop

  private var rank: Int {
    switch self {
    case .note: 0
    case .warn: 1
    case .stop: 2
    }
  }

  public static func < (lhs: ToneSeverity, rhs: ToneSeverity) -> Bool {
    lhs.rank < rhs.rank
  }
}
