import Testing

@testable import ParleyKit

@Suite struct MoneyDecimalTests {
  @Test func plainDecimalRoundTripsForEveryAmount() {
    var random = SeededGenerator(seed: 0xDEC1)
    for _ in 0..<5_000 {
      let money = Money.random(using: &random)
      let text = money.plainDecimal
      #expect(
        Money(plainDecimal: text, currency: money.currency) == money,
        "\(money.minorUnits) \(money.currency) → '\(text)'")
    }
  }

  @Test func plainDecimalRoundTripsAtTheExtremes() {
    for currency in Currency.known {
      for units in [Int64.min, Int64.min + 1, -1, 0, 1, Int64.max] {
        let money = Money(minorUnits: units, currency: currency)
        #expect(Money(plainDecimal: money.plainDecimal, currency: currency) == money)
      }
    }
    #expect(Money(minorUnits: .min, currency: .gbp).plainDecimal == "-92233720368547758.08")
  }

  @Test func plainDecimalRefusesWhatItDoesNotWrite() {
    for text in ["1,200.50", "£5", "1.234", "1.", ".5", "", "-", "92233720368547758.08"] {
      #expect(Money(plainDecimal: text, currency: .gbp) == nil, "'\(text)'")
    }
    #expect(Money(plainDecimal: "5.5", currency: .jpy) == nil)
  }
}
