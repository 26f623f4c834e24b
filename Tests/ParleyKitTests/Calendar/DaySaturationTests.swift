import Testing

@testable import ParleyKit

@Suite("Day arithmetic saturates at the calendar's ends instead of stopping the program")
struct DaySaturationTests {
  @Test func pastTheLastDayStaysOnTheLastDay() {
    let last = Day(validYear: 9999, month: 12, day: 31)
    #expect(last.adding(days: 1) == last)
    #expect(Day(validYear: 9999, month: 12, day: 30).adding(days: 3) == last)
    #expect(Day(validYear: 9999, month: 11, day: 30).adding(months: 2) == last)
    #expect(last.adding(years: 5) == last)
  }

  @Test func beforeTheFirstDayStaysOnTheFirstDay() {
    let first = Day(validYear: 1, month: 1, day: 1)
    #expect(first.adding(days: -1) == first)
    #expect(Day(validYear: 1, month: 1, day: 2).adding(weeks: -1) == first)
    #expect(first.adding(months: -1) == first)
  }

  @Test func insideTheRangeNothingChanges() {
    let day = Day(validYear: 2028, month: 2, day: 29)
    #expect(day.adding(days: 1) == Day(validYear: 2028, month: 3, day: 1))
    #expect(day.adding(years: 1) == Day(validYear: 2029, month: 2, day: 28))
  }
}
