extension Day {
  /// Whether this day is a weekday (Monday to Friday) and not in `holidays`.
  public func isBusinessDay(holidays: Set<Day> = []) -> Bool {
    !isWeekend && !holidays.contains(self)
  }

  /// This day if it is a business day, else the first business day after it.
  ///
  /// A due date that falls on a Saturday rolls to Monday (or Tuesday when
  /// that Monday is in `holidays`).
  public func rolledForwardToBusinessDay(holidays: Set<Day> = []) -> Day {
    var result = self
    while !result.isBusinessDay(holidays: holidays) { result = result.adding(days: 1) }
    return result
  }

  /// This day if it is a business day, else the last business day before it.
  public func rolledBackToBusinessDay(holidays: Set<Day> = []) -> Day {
    var result = self
    while !result.isBusinessDay(holidays: holidays) { result = result.adding(days: -1) }
    return result
  }

  /// The `n`-th business day after this day (before it when `n` is negative).
  ///
  /// This day itself is never counted, so Friday + 1 business day is Monday,
  /// and Saturday + 1 business day is Monday too. `n == 0` returns this day
  /// unchanged, business day or not.
  /// - Precondition: The result lies in years 1...9999.
  public func adding(businessDays n: Int, holidays: Set<Day> = []) -> Day {
    guard let result = checkedAdding(businessDays: n, holidays: holidays) else {
      preconditionFailure("\(iso) + \(n) business days is outside years 1...9999")
    }
    return result
  }

  /// ``adding(businessDays:holidays:)``, or nil when the result is outside years 1...9999.
  func checkedAdding(businessDays n: Int, holidays: Set<Day>) -> Day? {
    let step = n < 0 ? -1 : 1
    var remaining = n.magnitude
    var result = self
    while remaining > 0 {
      guard let next = result.checkedAdding(days: step) else { return nil }
      result = next
      if result.isBusinessDay(holidays: holidays) { remaining -= 1 }
    }
    return result
  }

  /// The number of business days from this day to `end`.
  ///
  /// Forward (`end >= self`) it counts the business days in `self < d <= end`;
  /// backward it counts those in `end <= d < self` and is negative. So for any
  /// `n`, `d.businessDays(until: d.adding(businessDays: n)) == n`.
  /// - Complexity: O(`holidays.count`), whatever the distance.
  public func businessDays(until end: Day, holidays: Set<Day> = []) -> Int {
    if end >= self {
      let weekdays = Day.weekdays(through: end.daysSince1970) - Day.weekdays(through: daysSince1970)
      return weekdays - holidays.count { $0 > self && $0 <= end && !$0.isWeekend }
    }
    let weekdays =
      Day.weekdays(through: daysSince1970 - 1) - Day.weekdays(through: end.daysSince1970 - 1)
    return -(weekdays - holidays.count { $0 >= end && $0 < self && !$0.isWeekend })
  }

  /// A running count of weekdays up to and including day `daysSince1970`,
  /// from a fixed Monday; only differences between two counts mean anything.
  private static func weekdays(through daysSince1970: Int) -> Int {
    let index = daysSince1970 + 3  // index 0 is the Monday 1969-12-29
    return index.floorDivided(by: 7) * 5 + min(index.floorModulo(7) + 1, 5)
  }
}
