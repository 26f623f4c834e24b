extension PlanFrequency {
  /// The due days of a series of `count` installments from `first`.
  ///
  /// Each nominal date (see ``nominalDay(_:from:)``) that falls on a weekend
  /// or in `holidays` moves to the next business day. A monthly date whose
  /// next business day is in the next month moves back to the last business
  /// day before it instead, so a monthly series has exactly one due day in
  /// each calendar month. (Rolled forward, a series from Sunday 31 January
  /// 2027 would fall on 1 February, 1 March and 31 March: none in January,
  /// two in March. It falls on 29 January, 26 February and 31 March.)
  /// Should a run of holidays push a date onto or before the one
  /// before it, it moves to the next business day after that one, so the
  /// days always strictly increase; a monthly series then counts its months
  /// from the month its first day landed in.
  /// - Parameters:
  ///   - count: How many days; 0 or more.
  ///   - first: The first nominal date.
  ///   - previous: A due day the series must come after (a deposit), if any.
  ///   - holidays: Days that are not business days besides weekends.
  /// - Throws: ``PlanError/dateOutOfRange`` past year 9999.
  public func dueDays(
    count: Int, from first: Day, after previous: Day? = nil, holidays: Set<Day> = []
  ) throws(PlanError) -> [Day] {
    var days: [Day] = []
    days.reserveCapacity(max(0, count))
    var series = DueDaySeries(frequency: self, first: first, after: previous, holidays: holidays)
    for _ in 0..<max(0, count) {
      days.append(try series.next())
    }
    return days
  }

  /// The due days of the series from `first` that fall on or before `limit`,
  /// at most `maximum` of them.
  ///
  /// - Throws: ``PlanError/dateOutOfRange`` past year 9999.
  public func dueDays(
    from first: Day, through limit: Day, maximum: Int, after previous: Day? = nil,
    holidays: Set<Day> = []
  ) throws(PlanError) -> [Day] {
    var days: [Day] = []
    var series = DueDaySeries(frequency: self, first: first, after: previous, holidays: holidays)
    while days.count < maximum {
      let day = try series.next()
      guard day <= limit else { break }
      days.append(day)
    }
    return days
  }
}
