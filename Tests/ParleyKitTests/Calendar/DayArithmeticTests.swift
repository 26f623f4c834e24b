import Testing

@testable import ParleyKit

/// The day for an ISO string written in a test; records an issue if it is not one.
private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
  guard let day = Day(iso: iso) else {
    Issue.record("'\(iso)' is not a day", sourceLocation: sourceLocation)
    return .unixEpoch
  }
  return day
}

@Suite("Day arithmetic, weekdays and leap years")
struct DayArithmeticTests {
  @Test(
    "weekdays of known days",
    arguments: [
      ("1970-01-01", Weekday.thursday), ("2026-11-29", .sunday), ("2027-01-15", .friday),
      ("2000-02-29", .tuesday), ("1900-03-01", .thursday), ("0001-01-01", .monday),
      ("9999-12-31", .friday), ("1969-12-31", .wednesday),
    ])
  func weekdays(iso: String, weekday: Weekday) {
    #expect(day(iso).weekday == weekday)
    #expect(day(iso).isWeekend == (weekday == .saturday || weekday == .sunday))
  }

  @Test("leap years: every 4th year, except centuries, except every 400th")
  func leapYears() {
    #expect(Day.isLeapYear(2028))
    #expect(Day.isLeapYear(2000))
    #expect(!Day.isLeapYear(1900))
    #expect(!Day.isLeapYear(2027))
    #expect(Day(year: 2028, month: 2, day: 29) != nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
  }

  @Test(
    "adding months clamps to the end of a shorter month",
    arguments: [
      ("2027-01-31", 1, "2027-02-28"), ("2028-01-31", 1, "2028-02-29"),
      ("2028-02-29", 12, "2029-02-28"), ("2028-02-29", 48, "2032-02-29"),
      ("2027-03-31", -1, "2027-02-28"), ("2027-05-31", 1, "2027-06-30"),
      ("2027-01-15", 1, "2027-02-15"), ("2026-12-31", 2, "2027-02-28"),
      ("2027-01-31", -2, "2026-11-30"), ("2027-01-31", 0, "2027-01-31"),
      ("2026-11-29", 3, "2027-02-28"), ("2027-01-01", -1, "2026-12-01"),
    ])
  func addingMonths(from: String, months: Int, expected: String) {
    #expect(day(from).adding(months: months).iso == expected)
  }

  @Test("adding years moves 29 February to 28 February in a common year")
  func addingYears() {
    #expect(day("2028-02-29").adding(years: 1).iso == "2029-02-28")
    #expect(day("2028-02-29").adding(years: 4).iso == "2032-02-29")
    #expect(day("2027-06-15").adding(years: -27).iso == "2000-06-15")
  }

  @Test("a monthly series on the 31st keeps returning to the 31st")
  func anchoredSeries() {
    var series = [day("2027-01-31")]
    for _ in 1..<6 {
      series.append(series[series.count - 1].addingMonths(1, anchoredTo: 31))
    }
    #expect(
      series.map(\.iso) == [
        "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30",
      ])
    // Stepping with adding(months:) instead forgets the 31st after February.
    #expect(day("2027-01-31").adding(months: 1).adding(months: 1).iso == "2027-03-28")
  }

  @Test("start and end of month")
  func monthBounds() {
    #expect(day("2028-02-10").endOfMonth.iso == "2028-02-29")
    #expect(day("2027-02-10").endOfMonth.iso == "2027-02-28")
    #expect(day("1900-02-10").endOfMonth.iso == "1900-02-28")
    #expect(day("2026-12-31").endOfMonth.iso == "2026-12-31")
    #expect(day("2026-11-29").startOfMonth.iso == "2026-11-01")
  }

  @Test("adding days and weeks across month, year and leap-day boundaries")
  func addingDays() {
    #expect(day("2028-02-28").adding(days: 1).iso == "2028-02-29")
    #expect(day("2027-02-28").adding(days: 1).iso == "2027-03-01")
    #expect(day("2026-12-31").adding(days: 1).iso == "2027-01-01")
    #expect(day("2026-11-29").adding(weeks: 2).iso == "2026-12-13")
    #expect(day("2027-01-15").days(since: day("2026-11-29")) == 47)
  }

  @Test("next and previous weekday from a Sunday")
  func nextAndPrevious() {
    let sunday = day("2026-11-29")
    #expect(sunday.next(.friday).iso == "2026-12-04")
    #expect(sunday.next(.sunday).iso == "2026-12-06")
    #expect(sunday.next(.sunday, includingThisDay: true) == sunday)
    #expect(sunday.previous(.sunday).iso == "2026-11-22")
    #expect(sunday.previous(.saturday).iso == "2026-11-28")
    #expect(sunday.next(.monday).iso == "2026-11-30")
  }
}
