extension PlanFrequency {
  /// The due days of a series of `count` installments from `first`.
  ///
  /// Each nominal date (see ``nominalDay(_:from:)``) that falls on a weekend
  /// or in `holidays` moves to the next business day. Should a run of
  /// holidays push a date onto or before the one before it, it moves to the
  /// next business day after that one, so the days always strictly increase.
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
    var last = previous
    for index in 0..<max(0, count) {
      let day = try dueDay(index, from: first, after: last, holidays: holidays)
      days.append(day)
      last = day
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
    var last = previous
    var index = 0
    while days.count < maximum {
      let day = try dueDay(index, from: first, after: last, holidays: holidays)
      guard day <= limit else { break }
      days.append(day)
      last = day
      index += 1
    }
    return days
  }

  /// The `index`-th due day: nominal, moved to a business day, after `previous`.
  private func dueDay(
    _ index: Int, from first: Day, after previous: Day?, holidays: Set<Day>
  ) throws(PlanError) -> Day {
    guard let nominal = nominalDay(index, from: first),
      var day = nominal.checkedRolledForward(holidays: holidays)
    else { throw .dateOutOfRange }
    if let previous, day <= previous {
      guard let next = previous.checkedAdding(businessDays: 1, holidays: holidays) else {
        throw .dateOutOfRange
      }
      day = next
    }
    return day
  }
}
