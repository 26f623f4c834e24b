extension Day {
  /// The day of the week this day falls on.
  ///
  /// 1970-01-01 was a Thursday; every day is counted from it.
  public var weekday: Weekday {
    // Index 0 is a Monday: 1970-01-01 (day 0) is a Thursday, index 3.
    let index = (daysSince1970 + 3).floorModulo(7)
    return Weekday(rawValue: index + 1) ?? .monday
  }

  /// Whether this day is a Saturday or a Sunday.
  public var isWeekend: Bool { weekday.isWeekend }

  /// The first `weekday` after this day; this day itself when `includingThisDay`
  /// is true and it falls on `weekday`.
  ///
  /// On Sunday 29 November 2026, `next(.friday)` is 4 December, and
  /// `next(.sunday)` is 6 December, or 29 November when including this day.
  /// - Precondition: The result lies in years 1...9999.
  public func next(_ weekday: Weekday, includingThisDay: Bool = false) -> Day {
    var gap = (weekday.rawValue - self.weekday.rawValue).floorModulo(7)
    if gap == 0 && !includingThisDay { gap = 7 }
    return adding(days: gap)
  }

  /// The last `weekday` before this day (never this day itself).
  ///
  /// - Precondition: The result lies in years 1...9999.
  public func previous(_ weekday: Weekday) -> Day {
    let gap = (self.weekday.rawValue - weekday.rawValue).floorModulo(7)
    return adding(days: gap == 0 ? -7 : -gap)
  }
}
