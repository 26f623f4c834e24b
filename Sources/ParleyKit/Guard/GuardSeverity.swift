/// How seriously a guard warning should be taken.
public enum GuardSeverity: String, Hashable, Sendable, CaseIterable, Comparable {
  /// For information (the court fee); going ahead needs no reason.
  case info
  /// Going ahead needs a typed reason, recorded in the case.
  case warn
  /// parley will not help with it.
  case stop

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: GuardSeverity, rhs: GuardSeverity) -> Bool { lhs.rank < rhs.rank }
}
