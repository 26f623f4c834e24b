/// The period a stated capacity covers.
///
/// A capacity is checked against calendar periods: ISO weeks (Monday to
/// Sunday) or calendar months, since that is how people budget.
public enum CapacityPeriod: String, Hashable, Sendable, Codable, CaseIterable {
  /// Per calendar week, Monday to Sunday.
  case week
  /// Per calendar month.
  case month

  /// The payment frequency that matches this period.
  public var frequency: PlanFrequency {
    switch self {
    case .week: .weekly
    case .month: .monthly
    }
  }

  /// The first day of the period that contains `day`.
  public func start(of day: Day) -> Day {
    switch self {
    case .week: day.weekday == .monday ? day : day.previous(.monday)
    case .month: day.startOfMonth
    }
  }
}
