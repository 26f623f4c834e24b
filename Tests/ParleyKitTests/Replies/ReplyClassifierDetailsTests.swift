import Testing

@testable import ParleyKit

@Suite("ReplyClassifier: the day a promise names")
struct ReplyClassifierDetailsTests {
  @Test("a day without a year is the recent one when next year's is far off")
  func recentDays() {
    let today = Day(validYear: 2026, month: 12, day: 1)
    let day = { (month: Int, date: Int) in Day(validYear: 2026, month: month, day: date) }
    let nextYear = { (month: Int, date: Int) in Day(validYear: 2027, month: month, day: date) }
    #expect(ReplyClassifier.recent(nextYear(11, 26), today: today) == day(11, 26))
    #expect(ReplyClassifier.recent(day(12, 15), today: today) == day(12, 15))
    #expect(ReplyClassifier.recent(nextYear(2, 1), today: today) == nextYear(2, 1))
    #expect(ReplyClassifier.recent(nextYear(5, 1), today: today) == nextYear(5, 1))
  }

  @Test("a payment already made on a named day keeps that day")
  func paidOnANamedDay() {
    let analysis = ReplyClassifier.classify(
      "I paid £240.00 to your colleague on 19 November and have the receipt.",
      today: replyToday, currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.promise?.date == Day(validYear: 2026, month: 11, day: 19))
  }
}
