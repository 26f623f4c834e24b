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

@Suite("ReplyAmountFinder: amounts named by a currency word")
struct ReplyAmountWordTests {
  @Test(arguments: [
    ("I will pay 800 euro on Thursday.", Currency.gbp, Money(minorUnits: 80_000, currency: .eur)),
    ("Ok I pay 150 pounds on Friday", Currency.eur, Money(minorUnits: 15_000, currency: .gbp)),
    ("ill send the 250 quid friday", Currency.gbp, Money(minorUnits: 25_000, currency: .gbp)),
    (
      "ok ok ill transfer the 600 bucks friday", Currency.aud,
      Money(minorUnits: 60_000, currency: .aud)
    ),
  ])
  func currencyWords(_ text: String, _ currency: Currency, _ expected: Money) {
    let analysis = ReplyClassifier.classify(
      text, today: replyToday, currency: currency, dateOrder: .dayFirst)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.promise?.amount == expected)
  }

  @Test("a bare number is still not money")
  func bareNumbers() {
    #expect(triage("I will pay invoice 800 on Thursday.").promise?.amount == nil)
  }
}
