extension Day {
  /// The first day parley's calendar knows: 1 January of year 1.
  static let earliest = Day(validYear: 1, month: 1, day: 1)
  /// The last day parley's calendar knows: 31 December 9999.
  static let latest = Day(validYear: 9999, month: 12, day: 31)

  /// The day `n` days later (earlier when `n` is negative).
  ///
  /// Saturates at the calendar's ends (1 January 1, 31 December 9999) rather
  /// than stopping the program: a far-future date a user typed must never
  /// crash parley. Use `checkedAdding(days:)` to tell that it happened.
  public func adding(days n: Int) -> Day {
    checkedAdding(days: n) ?? (n < 0 ? .earliest : .latest)
  }

  /// The day `n` weeks later (earlier when `n` is negative).
  ///
  /// Saturates at the calendar's ends, as ``adding(days:)`` does.
  public func adding(weeks n: Int) -> Day {
    adding(days: 7 * n)
  }

  /// The same day of the month `n` months later, clamped to the month's end.
  ///
  /// 31 January + 1 month is 28 February (29 in a leap year); 29 February 2028
  /// + 12 months is 28 February 2029. The day is clamped only when the target
  /// month is too short.
  ///
  /// Clamping forgets the original day, so a series must not be built by
  /// adding one month at a time: 31 Jan → 28 Feb → 28 Mar. Build it from the
  /// first day instead, `first.adding(months: k)`, or with
  /// ``addingMonths(_:anchoredTo:)``: 31 Jan, 28 Feb, 31 Mar. Saturates at
  /// the calendar's ends, as ``adding(days:)`` does.
  public func adding(months n: Int) -> Day {
    addingMonths(n, anchoredTo: day)
  }

  /// The day `anchorDay` of the month `n` months after this day's month,
  /// clamped to that month's end.
  ///
  /// Use this to step a monthly series on the 31st one month at a time:
  /// `Day(2027-02-28).addingMonths(1, anchoredTo: 31)` is 31 March 2027.
  /// - Parameters:
  ///   - n: Months to move; negative moves back.
  ///   - anchorDay: The wanted day of the month, 1...31.
  /// - Precondition: `anchorDay` is in 1...31. A result outside years 1...9999
  ///   saturates at the calendar's ends, as ``adding(days:)`` does.
  public func addingMonths(_ n: Int, anchoredTo anchorDay: Int) -> Day {
    precondition((1...31).contains(anchorDay), "anchor day \(anchorDay) is not in 1...31")
    return checkedAddingMonths(n, anchoredTo: anchorDay) ?? (n < 0 ? .earliest : .latest)
  }

  /// The same day `n` years later, with 29 February clamped to 28 February.
  ///
  /// Saturates at the calendar's ends, as ``adding(days:)`` does.
  public func adding(years n: Int) -> Day {
    adding(months: 12 * n)
  }

  /// The first day of this day's month.
  public var startOfMonth: Day {
    Day(validYear: year, month: month, day: 1)
  }

  /// The last day of this day's month.
  public var endOfMonth: Day {
    Day(validYear: year, month: month, day: Day.daysIn(month: month, year: year))
  }

  /// ``adding(days:)``, or nil when the result is outside years 1...9999.
  func checkedAdding(days n: Int) -> Day? {
    let (sum, overflow) = daysSince1970.addingReportingOverflow(n)
    return overflow ? nil : Day(daysSince1970: sum)
  }

  /// ``addingMonths(_:anchoredTo:)``, or nil when the result is outside years 1...9999.
  func checkedAddingMonths(_ n: Int, anchoredTo anchorDay: Int) -> Day? {
    let (monthIndex, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(n)
    guard !overflow else { return nil }
    let newYear = monthIndex.floorDivided(by: 12)
    let newMonth = monthIndex.floorModulo(12) + 1
    let newDay = min(anchorDay, Day.daysIn(month: newMonth, year: newYear))
    return Day(year: newYear, month: newMonth, day: newDay)
  }
}
