import Testing

@testable import ParleyKit

@Suite struct MoneyFormattingTests {
  @Test(arguments: [
    (Money(minorUnits: 120_050, currency: .gbp), "£1,200.50", "1,200.50 GBP"),
    (Money(minorUnits: 120_050, currency: .eur), "€1,200.50", "1,200.50 EUR"),
    (Money(minorUnits: 120_050, currency: .chf), "CHF 1,200.50", "1,200.50 CHF"),
    (Money(minorUnits: 120_050, currency: .sek), "SEK 1,200.50", "1,200.50 SEK"),
    (Money(minorUnits: 120_050, currency: .dkk), "DKK 1,200.50", "1,200.50 DKK"),
    (Money(minorUnits: 5000, currency: .jpy), "¥5,000", "5,000 JPY"),
    (Money(minorUnits: 1200, currency: .vnd), "₫1,200", "1,200 VND"),
    (Money(minorUnits: -500, currency: .gbp), "-£5.00", "-5.00 GBP"),
    (Money(minorUnits: -500, currency: .cad), "-CAD 5.00", "-5.00 CAD"),
    (Money(minorUnits: 4000, currency: .usd), "$40.00", "40.00 USD"),
    (Money(minorUnits: 5, currency: .gbp), "£0.05", "0.05 GBP"),
    (Money(minorUnits: 5, currency: .eur), "€0.05", "0.05 EUR"),
    (Money(minorUnits: 0, currency: .jpy), "¥0", "0 JPY"),
    (Money(minorUnits: 99_999, currency: .gbp), "£999.99", "999.99 GBP"),
    (Money(minorUnits: 100_000, currency: .gbp), "£1,000.00", "1,000.00 GBP"),
    (Money(minorUnits: 10_000_000, currency: .inr), "₹1,00,000.00", "1,00,000.00 INR"),
    (Money(minorUnits: 123_456_789, currency: .inr), "₹12,34,567.89", "12,34,567.89 INR"),
    (Money(minorUnits: 1_234_567_891, currency: .kwd), "KWD 1,234,567.891", "1,234,567.891 KWD"),
    (
      Money(minorUnits: .max, currency: .gbp), "£92,233,720,368,547,758.07",
      "92,233,720,368,547,758.07 GBP"
    ),
    (
      Money(minorUnits: .min, currency: .jpy), "-¥9,223,372,036,854,775,808",
      "-9,223,372,036,854,775,808 JPY"
    ),
  ])
  func formatsAsEnglishWrites(money: Money, formatted: String, withCode: String) {
    #expect(money.formatted == formatted)
    #expect(money.formatted(in: .english) == formatted)
    #expect(money.formattedWithCode == withCode)
    #expect(money.formattedWithCode(in: .english) == withCode)
    #expect(money.description == withCode)
  }

  @Test(arguments: [
    (Money(minorUnits: 120_050, currency: .gbp), "£1,200.50", "1,200.50 GBP"),
    (Money(minorUnits: 120_050, currency: .eur), "€1.200,50", "1.200,50 EUR"),
    (Money(minorUnits: 120_050, currency: .chf), "CHF 1,200.50", "1,200.50 CHF"),
    (Money(minorUnits: 120_050, currency: .sek), "SEK 1 200,50", "1 200,50 SEK"),
    (Money(minorUnits: 120_050, currency: .dkk), "DKK 1.200,50", "1.200,50 DKK"),
    (Money(minorUnits: 1200, currency: .vnd), "₫1.200", "1.200 VND"),
    (Money(minorUnits: -123_456_789, currency: .pln), "-PLN 1 234 567,89", "-1 234 567,89 PLN"),
    (Money(minorUnits: 10_000_000, currency: .inr), "₹1,00,000.00", "1,00,000.00 INR"),
    (Money(minorUnits: 5, currency: .eur), "€0,05", "0,05 EUR"),
  ])
  func formatsInTheCurrencysOwnConvention(money: Money, formatted: String, withCode: String) {
    #expect(money.formatted(in: .currencyOwn) == formatted)
    #expect(money.formattedWithCode(in: .currencyOwn) == withCode)
  }

  @Test(
    "a locale picks the convention by its language: English for en and en-*, else the currency's",
    arguments: [
      (String?("en-IE"), NumberConvention.english), ("en-GB", .english), ("en-US", .english),
      ("EN_au", .english), ("en", .english), (nil, .english), ("de-DE", .currencyOwn),
      ("fr", .currencyOwn), ("ga-IE", .currencyOwn), ("eng", .currencyOwn), ("", .currencyOwn),
    ])
  func conventionOfLocale(locale: String?, convention: NumberConvention) {
    #expect(NumberConvention(locale: locale) == convention)
  }

  @Test("an Irish case writes euros as English does, and reads what its user types either way")
  func irishEuros() throws {
    let money = Money(minorUnits: 120_050, currency: .eur)
    #expect(money.formatted(in: NumberConvention(locale: "en-IE")) == "€1,200.50")
    for typed in ["€1,200.50", "€1.200,50", "1200.50", "1.200,50 EUR", "EUR 1,200.50"] {
      #expect(try MoneyParser.parse(typed, defaultCurrency: .eur) == money, "\(typed)")
    }
  }

  @Test(arguments: NumberConvention.allCases)
  func formattedParsesBackExactly(convention: NumberConvention) throws {
    var random = SeededGenerator(seed: 0xF0A7)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      let text = money.formatted(in: convention)
      let parsed = try MoneyParser.parse(text, defaultCurrency: nil, allowNegative: true)
      #expect(parsed == money, "'\(text)' parsed as \(parsed.minorUnits) \(parsed.currency)")
    }
  }

  @Test(arguments: NumberConvention.allCases)
  func formattedWithCodeParsesBackExactlyUnderAnyDefault(convention: NumberConvention) throws {
    var random = SeededGenerator(seed: 0xC0DE)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      let defaultCurrency = Currency.random(using: &random)
      let text = money.formattedWithCode(in: convention)
      let parsed = try MoneyParser.parse(
        text, defaultCurrency: defaultCurrency, allowNegative: true)
      #expect(parsed == money, "'\(text)' with default \(defaultCurrency)")
    }
  }

  @Test("every known currency, small and large, round-trips in both conventions")
  func everyCurrencyRoundTrips() throws {
    let sizes: [Int64] = [0, 5, 999, 1_000, 1_200, 12_345, 999_999, 1_000_000, 120_050_000]
    for currency in Currency.known {
      for units in sizes.flatMap({ [$0, -$0] }) {
        let money = Money(minorUnits: units, currency: currency)
        for convention in NumberConvention.allCases {
          for text in [money.formatted(in: convention), money.formattedWithCode(in: convention)] {
            let parsed = try MoneyParser.parse(text, defaultCurrency: nil, allowNegative: true)
            #expect(parsed == money, "'\(text)'")
          }
        }
      }
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
