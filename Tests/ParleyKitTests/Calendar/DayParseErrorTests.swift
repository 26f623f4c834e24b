import Testing

@testable import ParleyKit

/// Sunday 29 November 2026.
private let today = Day(validYear: 2026, month: 11, day: 29)

/// The error `text` raises under `order`, or nil if it parses.
private func failure(_ text: String, order: DateOrder = .dayFirst) -> DayParseError? {
  do {
    _ = try DayParser.parse(text, today: today, order: order)
    return nil
  } catch {
    return error
  }
}

@Suite("DayParser: refusals and their exact messages")
struct DayParseErrorTests {
  static let examples = "try 2027-01-15, 15 Jan, tomorrow, next friday, in 2 weeks, end of month"

  @Test("a day the month does not have")
  func noSuchDay() {
    #expect(
      failure("31/02/2027")?.description
        == "'31/02/2027' is not a date: February 2027 has 28 days")
    #expect(failure("31/02/2027") == .noSuchDay("31/02/2027", day: 31, month: 2, year: 2027))
    #expect(
      failure("02/31/2027", order: .monthFirst)?.description
        == "'02/31/2027' is not a date: February 2027 has 28 days")
    #expect(
      failure("31 April 2027")?.description
        == "'31 April 2027' is not a date: April 2027 has 30 days")
    #expect(
      failure("0/1/2027")?.description == "'0/1/2027' is not a date: days of the month start at 1")
  }

  @Test("leap years: 2028 and 2000 have 29 February, 2027 and 1900 do not")
  func leapYears() {
    #expect(failure("2028-02-29") == nil)
    #expect(failure("2000-02-29") == nil)
    #expect(
      failure("2027-02-29")?.description
        == "'2027-02-29' is not a date: February 2027 has 28 days")
    #expect(
      failure("1900-02-29")?.description
        == "'1900-02-29' is not a date: February 1900 has 28 days")
    #expect(
      failure("2028-02-30")?.description
        == "'2028-02-30' is not a date: February 2028 has 29 days")
  }

  @Test("29 Feb with no year means the coming February, which has 28 days in 2027")
  func leapDayWithoutYear() {
    #expect(
      failure("29 Feb")?.description == "'29 Feb' is not a date: February 2027 has 28 days")
    let inLeapYear = try? DayParser.parse(
      "29 Feb", today: Day(validYear: 2027, month: 3, day: 1), order: .dayFirst)
    #expect(inLeapYear?.day.iso == "2028-02-29")
  }

  @Test("a date valid only in the other order is refused, with the other reading offered")
  func wrongOrder() {
    #expect(
      failure("01/15/2027", order: .dayFirst)?.description
        == "'01/15/2027' is not a date in day/month/year order; did you mean 15 January 2027? "
        + "Write 2027-01-15 to be sure.")
    #expect(
      failure("15/01/2027", order: .monthFirst)?.description
        == "'15/01/2027' is not a date in month/day/year order; did you mean 15 January 2027? "
        + "Write 2027-01-15 to be sure.")
    #expect(
      failure("1/15", order: .dayFirst)
        == .wrongOrder(
          "1/15", order: .dayFirst, didYouMean: Day(validYear: 2027, month: 1, day: 15)))
  }

  @Test("a month number outside 1 to 12 in both readings")
  func noSuchMonth() {
    #expect(
      failure("2027-13-01")?.description
        == "'2027-13-01' is not a date: there is no month 13; months run from 1 to 12")
    #expect(failure("13/13/2027") == .noSuchMonth("13/13/2027", month: 13))
  }

  @Test(
    "text that is no date at all names what to type instead",
    arguments: [
      "next blursday", "15", "jan", "15/01/2027/3", "next", "in 3 fortnits", "15 Jan 202",
      "friday 15", "2027-01", "1/2/345", "32nd", "in -3 days", "tomorrow please", "end of week",
    ])
  func unrecognized(text: String) {
    #expect(failure(text) == .unrecognized(text))
    #expect(failure(text)?.description == "'\(text)' is not a date; \(Self.examples)")
  }

  @Test("the message quotes the text as typed, trimmed")
  func quotesTrimmedText() {
    #expect(
      failure("  Next Blursday \n")?.description
        == "'Next Blursday' is not a date; \(Self.examples)")
  }

  @Test("nothing typed")
  func empty() {
    #expect(failure("") == .empty)
    #expect(failure(" \t ")?.description == "no date given; \(Self.examples)")
  }

  @Test("a weekday that does not match the date")
  func wrongWeekday() {
    #expect(
      failure("Thursday 15 January 2027")?.description
        == "'Thursday 15 January 2027' does not add up: 15 January 2027 is a Friday, "
        + "not a Thursday")
  }

  @Test(
    "dates outside 1900 to 2200: a slip of the keys, refused",
    arguments: [
      "in 99999999 days", "in 9000 years", "0000-01-01", "in 4000000 months", "1899-12-31",
      "2201-01-01", "0026-12-01", "in 200 years",
    ])
  func outOfRange(text: String) {
    #expect(failure(text) == .outOfRange(text))
    #expect(
      failure(text)?.description
        == "'\(text)' is too far away; parley takes dates from 1900 to 2200")
  }

  @Test("the first and last days parley takes")
  func edgesOfTheRange() throws {
    let today = Day(validYear: 2026, month: 12, day: 1)
    #expect(try DayParser.parse("1900-01-01", today: today, order: .dayFirst).day.year == 1900)
    #expect(try DayParser.parse("2200-12-31", today: today, order: .dayFirst).day.year == 2200)
  }
}
