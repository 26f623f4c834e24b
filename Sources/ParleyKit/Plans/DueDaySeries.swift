/// The due days of one series at a frequency, one after another.
///
/// Each is its nominal date moved to a business day (within its month, for
/// a monthly series) and after the one before; see
/// ``PlanFrequency/dueDays(count:from:after:holidays:)``.
struct DueDaySeries {
  /// How often the days fall due.
  let frequency: PlanFrequency
  /// The first nominal date; monthly dates keep its day of the month.
  let first: Day
  /// Days besides weekends that are not business days.
  let holidays: Set<Day>
  /// The last due day given, or the day the series must come after.
  private var previous: Day?
  /// The next index into the nominal dates.
  private var index = 0
  /// Months to skip in the nominal dates: more than 0 only when a deposit
  /// or a run of holidays pushed the first day into a later month.
  private var monthShift = 0

  /// A series from `first`, after `previous` (a deposit) when given.
  init(frequency: PlanFrequency, first: Day, after previous: Day?, holidays: Set<Day>) {
    self.frequency = frequency
    self.first = first
    self.previous = previous
    self.holidays = holidays
  }

  /// The next due day.
  ///
  /// - Throws: ``PlanError/dateOutOfRange`` past year 9999.
  mutating func next() throws(PlanError) -> Day {
    guard let nominal = frequency.nominalDay(index + monthShift, from: first),
      var day =
        frequency == .monthly
        ? nominal.checkedRolledWithinMonth(holidays: holidays, after: previous)
        : nominal.checkedRolledForward(holidays: holidays)
    else { throw .dateOutOfRange }
    if let previous, day <= previous {
      guard let next = previous.checkedAdding(businessDays: 1, holidays: holidays) else {
        throw .dateOutOfRange
      }
      day = next
    }
    if frequency == .monthly, index == 0 {
      // Count the later months from the month the first day landed in, so
      // that a first day pushed into the next month does not share it.
      monthShift = (day.year - first.year) * 12 + day.month - first.month
    }
    previous = day
    index += 1
    return day
  }
}
