import Testing

@testable import ParleyKit

/// Sunday 29 November 2026, the "today" every example is read against.
private let today = Day(validYear: 2026, month: 11, day: 29)

/// Parses `text` against ``today`` and returns the ISO day, or the error text.
private func read(
  _ text: String, order: DateOrder = .dayFirst, holidays: Set<Day> = []
) -> String {
  do {
    return try DayParser.parse(text, today: today, order: order, holidays: holidays).day.iso
  } catch {
    return "error: \(error)"
  }
}

@Suite("DayParser: every accepted form, read on Sunday 29 November 2026")
struct DayParserTests {
  @Test("the fixed today really is a Sunday")
  func todayIsASunday() {
    #expect(today.weekday == .sunday)
    #expect(today.inWords == "Sunday 29 November 2026")
  }

  @Test(
    "ISO and year-first dates, in either order",
    arguments: [
      ("2027-01-15", "2027-01-15"), ("  2027-01-15\t", "2027-01-15"), ("2027/01/15", "2027-01-15"),
      ("2027-1-5", "2027-01-05"), ("2028-02-29", "2028-02-29"), ("2000-02-29", "2000-02-29"),
    ])
  func isoForms(text: String, expected: String) {
    #expect(read(text, order: .dayFirst) == expected)
    #expect(read(text, order: .monthFirst) == expected)
  }

  @Test(
    "numeric dates with the day first",
    arguments: [
      ("15/01/2027", "2027-01-15"), ("15-01-2027", "2027-01-15"), ("15.01.2027", "2027-01-15"),
      ("15/1/2027", "2027-01-15"), ("15/01/27", "2027-01-15"), ("5/1/27", "2027-01-05"),
      ("15/01", "2027-01-15"), ("29/11", "2026-11-29"), ("28/11", "2027-11-28"),
      ("30/11", "2026-11-30"), ("29/02/2028", "2028-02-29"),
    ])
  func dayFirstNumbers(text: String, expected: String) {
    #expect(read(text, order: .dayFirst) == expected)
  }

  @Test(
    "numeric dates with the month first",
    arguments: [
      ("01/15/2027", "2027-01-15"), ("01-15-2027", "2027-01-15"), ("1.15.27", "2027-01-15"),
      ("1/15", "2027-01-15"), ("11/29", "2026-11-29"), ("02/29/2028", "2028-02-29"),
    ])
  func monthFirstNumbers(text: String, expected: String) {
    #expect(read(text, order: .monthFirst) == expected)
  }

  @Test(
    "month names, with and without a year",
    arguments: [
      ("15 Jan", "2027-01-15"), ("15 January", "2027-01-15"), ("Jan 15", "2027-01-15"),
      ("January 15", "2027-01-15"), ("JANUARY 15", "2027-01-15"), ("jan. 15", "2027-01-15"),
      ("15th Jan", "2027-01-15"), ("1st Feb", "2027-02-01"), ("2nd Mar", "2027-03-02"),
      ("3rd Apr", "2027-04-03"), ("the 21st of December", "2026-12-21"),
      ("15 Sept", "2027-09-15"), ("15 sept.", "2027-09-15"), ("15 Sep", "2027-09-15"),
      ("29 Nov", "2026-11-29"), ("28 Nov", "2027-11-28"), ("30 nov", "2026-11-30"),
      ("1 Dec", "2026-12-01"), ("15 Jan 2027", "2027-01-15"), ("15 January 2027", "2027-01-15"),
      ("January 15, 2027", "2027-01-15"), ("15th of January 2027", "2027-01-15"),
      ("15 Jan 27", "2027-01-15"), ("15 jan 2026", "2026-01-15"), ("29 Feb 2028", "2028-02-29"),
      ("  15   Jan  ", "2027-01-15"),
    ])
  func monthNames(text: String, expected: String) {
    #expect(read(text, order: .dayFirst) == expected)
    #expect(read(text, order: .monthFirst) == expected)
  }

  @Test(
    "a leading weekday is accepted when it matches",
    arguments: ["Friday 15 January 2027", "fri, 15 jan 2027", "Fri 15/01/2027", "friday jan 15"])
  func leadingWeekday(text: String) {
    #expect(read(text) == "2027-01-15")
  }

  @Test(
    "today, tomorrow, yesterday",
    arguments: [
      ("today", "2026-11-29"), ("TODAY", "2026-11-29"), ("tomorrow", "2026-11-30"),
      ("yesterday", "2026-11-28"),
    ])
  func namedDays(text: String, expected: String) {
    #expect(read(text) == expected)
  }

  /// A bare weekday (or `this`/`on`) is the coming one, today included;
  /// `next` is strictly after today; `last` is strictly before.
  @Test(
    "weekdays: coming, next and last",
    arguments: [
      ("friday", "2026-12-04"), ("Fri", "2026-12-04"), ("this friday", "2026-12-04"),
      ("on fri", "2026-12-04"), ("next friday", "2026-12-04"), ("last friday", "2026-11-27"),
      ("monday", "2026-11-30"), ("next monday", "2026-11-30"), ("saturday", "2026-12-05"),
      ("last saturday", "2026-11-28"), ("sunday", "2026-11-29"), ("this sunday", "2026-11-29"),
      ("next sunday", "2026-12-06"), ("last sunday", "2026-11-22"), ("tues", "2026-12-01"),
      ("thurs", "2026-12-03"), ("weds", "2026-12-02"),
    ])
  func weekdays(text: String, expected: String) {
    #expect(read(text) == expected)
  }

  @Test("on a Friday, 'friday' is today and 'next friday' is a week later")
  func weekdayOnThatWeekday() throws {
    let friday = Day(validYear: 2027, month: 1, day: 15)
    let coming = try DayParser.parse("friday", today: friday, order: .dayFirst)
    let next = try DayParser.parse("next friday", today: friday, order: .dayFirst)
    let last = try DayParser.parse("last friday", today: friday, order: .dayFirst)
    #expect(coming.day == friday)
    #expect(next.day.iso == "2027-01-22")
    #expect(last.day.iso == "2027-01-08")
  }

  @Test(
    "counted offsets forward and back",
    arguments: [
      ("in 3 days", "2026-12-02"), ("in 1 day", "2026-11-30"), ("in 2 weeks", "2026-12-13"),
      ("in two weeks", "2026-12-13"), ("in a week", "2026-12-06"),
      ("in a fortnight", "2026-12-13"), ("in 1 month", "2026-12-29"),
      ("in 3 months", "2027-02-28"), ("in 2 years", "2028-11-29"), ("in 0 days", "2026-11-29"),
      ("3 days ago", "2026-11-26"), ("2 weeks ago", "2026-11-15"), ("a month ago", "2026-10-29"),
      ("In 10 Days", "2026-12-09"),
    ])
  func offsets(text: String, expected: String) {
    #expect(read(text) == expected)
  }

  @Test(
    "business days skip weekends and holidays",
    arguments: [
      ("in 5 business days", "2026-12-04", false), ("in 1 working day", "2026-11-30", false),
      ("in 1 working day", "2026-12-01", true), ("2 business days ago", "2026-11-26", false),
      ("in 6 workdays", "2026-12-07", false), ("in 6 workdays", "2026-12-08", true),
    ])
  func businessDayOffsets(text: String, expected: String, withMondayHoliday: Bool) {
    let holidays: Set<Day> = withMondayHoliday ? [Day(validYear: 2026, month: 11, day: 30)] : []
    #expect(read(text, holidays: holidays) == expected)
  }

  @Test(
    "month ends and days of the month",
    arguments: [
      ("end of month", "2026-11-30"), ("end of the month", "2026-11-30"),
      ("End of this month", "2026-11-30"), ("end of next month", "2026-12-31"),
      ("end of the next month", "2026-12-31"), ("end of last month", "2026-10-31"),
      ("end of february", "2027-02-28"), ("end of feb 2028", "2028-02-29"),
      ("end of november", "2026-11-30"), ("the 15th", "2026-12-15"), ("29th", "2026-11-29"),
      ("31st", "2026-12-31"), ("the 30th", "2026-11-30"),
    ])
  func monthEnds(text: String, expected: String) {
    #expect(read(text) == expected)
  }

  @Test("end of next month from 31 January is the end of February, not March")
  func endOfNextMonthFromTheThirtyFirst() throws {
    let parsed = try DayParser.parse(
      "end of next month", today: Day(validYear: 2028, month: 1, day: 31), order: .dayFirst)
    #expect(parsed.day.iso == "2028-02-29")
  }
}

@Suite("DayParser: ambiguity and words")
struct DayParserAmbiguityTests {
  @Test("03/04/2027 follows the order and is flagged, with the day in words")
  func ambiguousBothWays() throws {
    let uk = try DayParser.parse("03/04/2027", today: today, order: .dayFirst)
    #expect(uk.day.iso == "2027-04-03")
    #expect(uk.isAmbiguous)
    #expect(uk.inWords == "Saturday 3 April 2027")

    let us = try DayParser.parse("03/04/2027", today: today, order: .monthFirst)
    #expect(us.day.iso == "2027-03-04")
    #expect(us.isAmbiguous)
    #expect(us.inWords == "Thursday 4 March 2027")
  }

  @Test(
    "not ambiguous: one reading invalid, both the same, or not numeric",
    arguments: [
      ("15/01/2027", DateOrder.dayFirst), ("01/15/2027", .monthFirst), ("04/04/2027", .dayFirst),
      ("2027-03-04", .dayFirst), ("2027-03-04", .monthFirst), ("3 Apr 2027", .dayFirst),
      ("next friday", .monthFirst),
    ])
  func notAmbiguous(text: String, order: DateOrder) throws {
    #expect(try !DayParser.parse(text, today: today, order: order).isAmbiguous)
  }

  @Test("a year-less numeric date can be ambiguous too")
  func ambiguousWithoutYear() throws {
    let parsed = try DayParser.parse("3/4", today: today, order: .dayFirst)
    #expect(parsed.day.iso == "2027-04-03")
    #expect(parsed.isAmbiguous)
  }

  @Test("inWords and short")
  func words() {
    let day = Day(validYear: 2027, month: 1, day: 15)
    #expect(day.inWords == "Friday 15 January 2027")
    #expect(day.short == "15 Jan 2027")
    #expect(Day(validYear: 2027, month: 9, day: 5).short == "5 Sep 2027")
  }
}

@Suite("DayParser: a month alone, where a date is about when money comes")
struct DayParserMonthTests {
  let today = Day(validYear: 2026, month: 11, day: 29)

  func read(_ text: String) throws -> ParsedDay {
    try DayParser.parseAllowingMonth(text, today: today, order: .dayFirst)
  }

  @Test(
    arguments: [
      ("March", "2027-03-01"), ("from March", "2027-03-01"), ("until Jan 2027", "2027-01-01"),
      ("in December", "2026-12-01"), ("November", "2026-11-29"), ("by Sept 2028", "2028-09-01"),
    ])
  func readsTheMonthsFirstDay(_ text: String, _ iso: String) throws {
    let parsed = try read(text)
    #expect(parsed.day == Day(iso: iso))
    #expect(parsed.isMonthAlone)
  }

  @Test func fullDatesAreNotMonthsAlone() throws {
    #expect(try !read("15 March").isMonthAlone)
    #expect(try read("15 March").day == Day(iso: "2027-03-15"))
  }

  @Test func theStrictParserStillRefusesAMonthAlone() {
    #expect(throws: DayParseError.self) {
      try DayParser.parse("March", today: today, order: .dayFirst)
    }
    #expect(throws: DayParseError.self) { try read("Marchy") }
    #expect(throws: DayParseError.self) { try read("from March 1850") }
  }
}
