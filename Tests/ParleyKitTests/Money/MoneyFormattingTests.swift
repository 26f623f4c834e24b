import Testing

@testable import ParleyKit

@Suite struct MoneyFormattingTests {
  @Test(arguments: [
    (Money(minorUnits: 120_050, currency: .gbp), "£1,200.50", "1,200.50 GBP"),
    (Money(minorUnits: 120_050, currency: .eur), "€1.200,50", "1.200,50 EUR"),
    (Money(minorUnits: 120_050, currency: .chf), "CHF 1,200.50", "1,200.50 CHF"),
    (Money(minorUnits: 120_050, currency: .sek), "SEK 1 200,50", "1 200,50 SEK"),
    (Money(minorUnits: 120_050, currency: .dkk), "DKK 1.200,50", "1.200,50 DKK"),
    (Money(minorUnits: 5000, currency: .jpy), "¥5,000", "5,000 JPY"),
    (Money(minorUnits: -500, currency: .gbp), "-£5.00", "-5.00 GBP"),
    (Money(minorUnits: -500, currency: .cad), "-CAD 5.00", "-5.00 CAD"),
    (Money(minorUnits: 4000, currency: .usd), "$40.00", "40.00 USD"),
    (Money(minorUnits: 5, currency: .gbp), "£0.05", "0.05 GBP"),
    (Money(minorUnits: 0, currency: .jpy), "¥0", "0 JPY"),
    (Money(minorUnits: 99_999, currency: .gbp), "£999.99", "999.99 GBP"),
    (Money(minorUnits: 100_000, currency: .gbp), "£1,000.00", "1,000.00 GBP"),
    (Money(minorUnits: 10_000_000, currency: .inr), "₹1,00,000.00", "1,00,000.00 INR"),
    (Money(minorUnits: 123_456_789, currency: .inr), "₹12,34,567.89", "12,34,567.89 INR"),
    (
      Money(minorUnits: .max, currency: .gbp), "£92,233,720,368,547,758.07",
      "92,233,720,368,547,758.07 GBP"
    ),
    (
      Money(minorUnits: .min, currency: .jpy), "-¥9,223,372,036,854,775,808",
      "-9,223,372,036,854,775,808 JPY"
    ),
  ])
  func formatsConventionally(money: Money, formatted: String, withCode: String) {
    #expect(money.formatted == formatted)
    #expect(money.formattedWithCode == withCode)
    #expect(money.description == withCode)
  }

  @Test func formattedParsesBackExactly() throws {
    var random = SeededGenerator(seed: 0xF0A7)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      let text = money.formatted
      let parsed = try MoneyParser.parse(text, defaultCurrency: nil, allowNegative: true)
      #expect(parsed == money, "'\(text)' parsed as \(parsed.minorUnits) \(parsed.currency)")
    }
  }

  @Test func formattedWithCodeParsesBackExactlyUnderAnyDefault() throws {
    var random = SeededGenerator(seed: 0xC0DE)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      let defaultCurrency = Currency.random(using: &random)
      let text = money.formattedWithCode
      let parsed = try MoneyParser.parse(
        text, defaultCurrency: defaultCurrency, allowNegative: true)
      #expect(parsed == money, "'\(text)' with default \(defaultCurrency)")
    }
  }

  @Test func plainDecimalParsesUnderItsOwnCurrency() throws {
    // plainDecimal has no grouping, so "1.200" must not read as 1200 here:
    // GBP 1.20 is written "1.20", never with a third digit.
    var random = SeededGenerator(seed: 0x91A1)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      guard !money.currency.usesDecimalComma else { continue }
      let parsed = try MoneyParser.parse(
        money.plainDecimal, defaultCurrency: money.currency, allowNegative: true)
      #expect(parsed == money, "'\(money.plainDecimal)'")
    }
  }
}
