import Testing

@testable import ParleyKit

/// One text and the amount it must parse to.
struct ParseExample: Sendable, CustomTestStringConvertible {
  var text: String
  var defaultCurrency: Currency?
  var minorUnits: Int64
  var currency: Currency

  init(_ text: String, _ defaultCurrency: Currency?, _ minorUnits: Int64, _ currency: Currency) {
    self.text = text
    self.defaultCurrency = defaultCurrency
    self.minorUnits = minorUnits
    self.currency = currency
  }

  init(_ text: String, _ minorUnits: Int64, _ currency: Currency) {
    self.init(text, nil, minorUnits, currency)
  }

  var testDescription: String { "'\(text)' default \(defaultCurrency?.code ?? "none")" }
}

/// One text and the message it must be refused with.
struct ParseRefusal: Sendable, CustomTestStringConvertible {
  var text: String
  var defaultCurrency: Currency?
  var allowNegative = false
  var error: MoneyError

  var testDescription: String { "'\(text)'" }
}

@Suite struct MoneyParserTests {
  @Test(arguments: [
    // The forms in the brief.
    ParseExample("£1,200.50", 120_050, .gbp),
    ParseExample("1200.5 GBP", 120_050, .gbp),
    ParseExample("GBP 1200.50", 120_050, .gbp),
    ParseExample("EUR 99", 9900, .eur),
    ParseExample("99 eur", 9900, .eur),
    ParseExample("€1.200,50", 120_050, .eur),
    ParseExample("1.200,50 EUR", 120_050, .eur),
    ParseExample("$40", 4000, .usd),
    ParseExample("¥5000", 5000, .jpy),
    ParseExample("1 200,50 SEK", 120_050, .sek),
    // Symbols of the currencies clients abroad write in.
    ParseExample("₦150k", 15_000_000, .ngn),
    ParseExample("R$ 2.300,00", 230_000, .brl),
    ParseExample("480 zł", 48_000, .pln),
    ParseExample("Rs. 45,000", 4_500_000, .inr),
    ParseExample("Rs 1,20,000", 12_000_000, .inr),
    ParseExample("₱18,500", 1_850_000, .php),
    ParseExample("S$90", 9_000, .sgd),
    ParseExample("MX$ 1,200", 120_000, .mxn),
    ParseExample("₫500000", 500_000, .vnd),
    ParseExample("RMB 8,600", 860_000, .cny),
    ParseExample("RM 250", 25_000, .myr),
    ParseExample("15.000 TL", 1_500_000, .`try`),
    ParseExample("KSh 45,000", 4_500_000, .kes),
    ParseExample("GH₵ 1,200", 120_000, .ghs),
    ParseExample("+£5", 500, .gbp),
    ParseExample("  \t£5  \n", 500, .gbp),
    // Rule 3: a lone separator before exactly three digits is grouping,
    // unless it is the currency's decimal separator and the currency has decimals.
    ParseExample("€1.200", 120_000, .eur),
    ParseExample("£1,200", 120_000, .gbp),
    ParseExample("¥1,200", 1200, .jpy),
    // A currency with no minor unit has no decimals to mistake: grouping either way.
    ParseExample("¥1.200", 1200, .jpy),
    ParseExample("₫1,200", 1200, .vnd),
    ParseExample("₫1.200", 1200, .vnd),
    ParseExample("1,200 ISK", 1200, .isk),
    // Rule 4: any other lone separator is decimal, whatever the convention.
    ParseExample("€1.5", 150, .eur),
    ParseExample("€1,5", 150, .eur),
    ParseExample("£1,50", 150, .gbp),
    ParseExample("£0.05", 5, .gbp),
    // Rules 1 and 2: both marks, or one mark repeated.
    ParseExample("1,234,567.89 USD", 123_456_789, .usd),
    ParseExample("1.234.567,89 EUR", 123_456_789, .eur),
    ParseExample("1.000.000 EUR", 100_000_000, .eur),
    ParseExample("CHF 1'200.50", 120_050, .chf),
    ParseExample("CHF 1’200.50", 120_050, .chf),
    ParseExample("1\u{00A0}200,50 NOK", 120_050, .nok),
    ParseExample("1\u{202F}200,50 SEK", 120_050, .sek),
    // Scale letters.
    ParseExample("1.2k", .gbp, 120_000, .gbp),
    ParseExample("12k", .gbp, 1_200_000, .gbp),
    ParseExample("1.5m", .gbp, 150_000_000, .gbp),
    ParseExample("£1.2K", 120_000, .gbp),
    ParseExample("2.5M EUR", 250_000_000, .eur),
    ParseExample("1.23456k GBP", 123_456, .gbp),
    ParseExample("¥1.5k", 1500, .jpy),
    ParseExample("12kr", .sek, 1200, .sek),
    ParseExample("kr 99", .dkk, 9900, .dkk),
    // Codes and symbols, either side, any case, with or without a space.
    ParseExample("1200GBP", 120_000, .gbp),
    ParseExample("gbp1200", 120_000, .gbp),
    ParseExample("£ 5", 500, .gbp),
    ParseExample("£5 GBP", 500, .gbp),
    ParseExample("₹1,00,000", .inr, 10_000_000, .inr),
    ParseExample("US$40", .cad, 4000, .usd),
    ParseExample("C$40", 4000, .cad),
    ParseExample("NZ$40", 4000, .nzd),
    ParseExample("a$40", 4000, .aud),
    ParseExample("$40 CAD", .gbp, 4000, .cad),
    // `$` follows a dollar default, else means USD.
    ParseExample("$40", .cad, 4000, .cad),
    ParseExample("$40", .aud, 4000, .aud),
    ParseExample("$40", .nzd, 4000, .nzd),
    ParseExample("$40", .gbp, 4000, .usd),
    // The default fills in only when the text names no currency.
    ParseExample("1200.50", .gbp, 120_050, .gbp),
    ParseExample("1.200,50", .eur, 120_050, .eur),
    ParseExample("1200 EUR", .gbp, 120_000, .eur),
    ParseExample("0", .gbp, 0, .gbp),
    ParseExample("-0", .gbp, 0, .gbp),
    ParseExample("92,233,720,368,547,758.07 GBP", .max, .gbp),
  ])
  func parses(example: ParseExample) throws {
    let money = try MoneyParser.parse(example.text, defaultCurrency: example.defaultCurrency)
    #expect(money == Money(minorUnits: example.minorUnits, currency: example.currency))
  }

  @Test func negativesOnlyWhenAllowed() throws {
    for text in ["-£5", "£-5", "- £5", "−£5", "-5 GBP", "GBP -5", "£ -5.00"] {
      #expect(try MoneyParser.parse(text, defaultCurrency: nil, allowNegative: true) == gbp(-500))
      #expect(throws: MoneyError.negativeNotAllowed) {
        try MoneyParser.parse(text, defaultCurrency: nil)
      }
    }
    let lowest = "-92,233,720,368,547,758.08 GBP"
    #expect(try MoneyParser.parse(lowest, defaultCurrency: nil, allowNegative: true) == gbp(.min))
  }

  @Test(arguments: [
    ParseRefusal(text: "", defaultCurrency: .gbp, error: .empty),
    ParseRefusal(text: "   ", defaultCurrency: .gbp, error: .empty),
    ParseRefusal(text: "abc", defaultCurrency: .gbp, error: .notAnAmount("abc")),
    ParseRefusal(
      text: "twelve pounds", defaultCurrency: .gbp, error: .notAnAmount("twelve pounds")),
    ParseRefusal(text: "12 pounds", defaultCurrency: .gbp, error: .notAnAmount("12 pounds")),
    ParseRefusal(text: "£", defaultCurrency: nil, error: .notAnAmount("£")),
    ParseRefusal(text: "£12..5", defaultCurrency: nil, error: .notAnAmount("£12..5")),
    ParseRefusal(text: "1,2,3", defaultCurrency: .gbp, error: .notAnAmount("1,2,3")),
    ParseRefusal(text: "1,20,300", defaultCurrency: .gbp, error: .notAnAmount("1,20,300")),
    ParseRefusal(text: "1.200.50", defaultCurrency: .gbp, error: .notAnAmount("1.200.50")),
    ParseRefusal(text: "1,200.300,50", defaultCurrency: .gbp, error: .notAnAmount("1,200.300,50")),
    ParseRefusal(text: "1 200,300.50", defaultCurrency: .gbp, error: .notAnAmount("1 200,300.50")),
    ParseRefusal(text: "1200.", defaultCurrency: .gbp, error: .notAnAmount("1200.")),
    ParseRefusal(text: ".5", defaultCurrency: .gbp, error: .notAnAmount(".5")),
    ParseRefusal(
      text: "--5", defaultCurrency: .gbp, allowNegative: true, error: .notAnAmount("--5")),
    ParseRefusal(text: "5 GBP GBP", defaultCurrency: nil, error: .notAnAmount("5 GBP GBP")),
    ParseRefusal(text: "5 5", defaultCurrency: .gbp, error: .notAnAmount("5 5")),
    ParseRefusal(text: "12kk", defaultCurrency: .gbp, error: .notAnAmount("12kk")),
    ParseRefusal(
      text: "12.345 GBP", defaultCurrency: nil,
      error: .tooPrecise(currency: .gbp, number: "12.345", places: 3)),
    ParseRefusal(
      text: "5.5 JPY", defaultCurrency: nil,
      error: .tooPrecise(currency: .jpy, number: "5.5", places: 1)),
    ParseRefusal(
      text: "1.200 GBP", defaultCurrency: nil,
      error: .tooPrecise(currency: .gbp, number: "1.200", places: 3)),
    ParseRefusal(
      text: "12.500 GBP", defaultCurrency: nil,
      error: .tooPrecise(currency: .gbp, number: "12.500", places: 3)),
    ParseRefusal(
      text: "£1200.500", defaultCurrency: nil,
      error: .tooPrecise(currency: .gbp, number: "1200.500", places: 3)),
    ParseRefusal(
      text: "1,200 SEK", defaultCurrency: nil,
      error: .tooPrecise(currency: .sek, number: "1,200", places: 3)),
    ParseRefusal(
      text: "1.234567k", defaultCurrency: .gbp,
      error: .tooPrecise(currency: .gbp, number: "1.234567k", places: 3)),
    ParseRefusal(text: "-£5", defaultCurrency: nil, error: .negativeNotAllowed),
    ParseRefusal(text: "1200", defaultCurrency: nil, error: .missingCurrency),
    ParseRefusal(text: "1.5k", defaultCurrency: nil, error: .missingCurrency),
    ParseRefusal(text: "100 XYZ", defaultCurrency: .gbp, error: .unknownCurrency("XYZ")),
    ParseRefusal(text: "xyz 100", defaultCurrency: .gbp, error: .unknownCurrency("XYZ")),
    ParseRefusal(text: "£5 EUR", defaultCurrency: nil, error: .conflictingCurrencies(.gbp, .eur)),
    ParseRefusal(
      text: "GBP 5 EUR", defaultCurrency: nil, error: .conflictingCurrencies(.gbp, .eur)),
    ParseRefusal(text: "$5 GBP", defaultCurrency: nil, error: .conflictingCurrencies(.usd, .gbp)),
    ParseRefusal(text: "$5 GBP", defaultCurrency: .cad, error: .conflictingCurrencies(.cad, .gbp)),
    ParseRefusal(
      text: "100 kr", defaultCurrency: .gbp,
      error: .ambiguousSymbol("kr", candidates: [.sek, .nok, .dkk])),
    ParseRefusal(text: "92,233,720,368,547,758.08 GBP", defaultCurrency: nil, error: .overflow),
    ParseRefusal(text: "99999999999999999999999 GBP", defaultCurrency: nil, error: .overflow),
    ParseRefusal(text: "10000000000000m", defaultCurrency: .gbp, error: .overflow),
  ])
  func refuses(refusal: ParseRefusal) {
    #expect(throws: refusal.error) {
      try MoneyParser.parse(
        refusal.text, defaultCurrency: refusal.defaultCurrency,
        allowNegative: refusal.allowNegative)
    }
  }

  /// The message a user sees for `text`, or nil if it parses.
  private func message(_ text: String, _ defaultCurrency: Currency?) -> String? {
    do {
      _ = try MoneyParser.parse(text, defaultCurrency: defaultCurrency)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func mainRefusalsSayWhatToDo() {
    #expect(message("", .gbp) == "enter an amount, e.g. 1200.50 or £1,200.50")
    #expect(message("12.345 GBP", nil) == "GBP has 2 decimal places; '12.345' has 3")
    #expect(message("5.5 JPY", nil) == "JPY has no decimal places; '5.5' has 1")
    #expect(message("-£5", nil) == "a negative amount is not allowed here")
    #expect(message("abc", .gbp) == "'abc' is not an amount; write it like 1200.50 or £1,200.50")
    #expect(message("1200", nil) == "say which currency, e.g. 1200 GBP")
    #expect(message("99999999999999999999 GBP", nil) == "the amount is too large")
    // The whole list is pinned in MoneyErrorTests.
    #expect(
      message("100 XYZ", nil)?.hasPrefix("unknown currency 'XYZ'; known: GBP, EUR, USD") == true)
  }

  @Test func aCustomCurrencyWithThreeMinorDigitsKeepsItsDecimalPoint() throws {
    let dinar = Currency(code: "KWD", minorDigits: 3)
    #expect(
      try MoneyParser.parse("1.200", defaultCurrency: dinar)
        == Money(minorUnits: 1200, currency: dinar))
    #expect(
      try MoneyParser.parse("1,200", defaultCurrency: dinar)
        == Money(minorUnits: 1_200_000, currency: dinar))
  }
}
