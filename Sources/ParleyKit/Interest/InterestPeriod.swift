/// A stretch of days over which the principal carrying interest did not change.
public struct InterestPeriod: Hashable, Sendable {
  /// The first day of interest in the period.
  public let from: Day
  /// The last day of interest in the period.
  public let through: Day
  /// The principal carrying interest.
  public let principal: Money

  /// The number of days of interest.
  public var days: Int { through.days(since: from) + 1 }
}
