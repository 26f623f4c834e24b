/// A day of the year with no year, such as 30 June, written `06-30` in profiles.
struct MonthDay: Hashable, Sendable {
  /// The month, 1 to 12.
  let month: Int
  /// The day of the month.
  let day: Int

  /// Reads `06-30`; nil unless it is a day that exists in a leap year.
  init?(interest text: String) {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
      let month = Int(parts[0]), let day = Int(parts[1]),
      Day(year: 2000, month: month, day: day) != nil
    else { return nil }
    self.month = month
    self.day = day
  }

  /// This month-day in `year` (28 February for 29 February in a common year).
  func inYear(_ year: Int) -> Day {
    Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))
      ?? Day(validYear: year, month: month, day: 1)
  }
}
