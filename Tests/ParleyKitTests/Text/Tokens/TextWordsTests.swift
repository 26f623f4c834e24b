import Testing

@testable import ParleyKit

/// The text core's currency words follow the currencies parley knows.
@Suite("TextWords: currency tokens")
struct TextWordsTests {
  @Test("every known currency code is a currency token, unless it is also an English word")
  func everyKnownCodeIsAToken() {
    let tokens = Set(TextWords.currencies)
    for currency in Currency.known {
      let code = currency.code.lowercased()
      if TextWords.codesThatAreWords.contains(code) {
        #expect(!tokens.contains(code), "'\(code)' would make the English word money")
      } else {
        #expect(tokens.contains(code), "\(currency.code) is missing from TextWords.currencies")
      }
    }
  }

  @Test("a code that is an English word is money only in capitals")
  func wordCodesOnlyInCapitals() {
    let today = Day(validYear: 2026, month: 12, day: 1)
    let capitals = ReplyClassifier.classify(
      "Will pay 2200 TRY on Monday.", today: today, currency: .eur, dateOrder: .dayFirst)
    #expect(capitals.promise?.amount == Money(minorUnits: 220_000, currency: .try))
    let word = ReplyClassifier.classify(
      "Will pay 2200 try on Monday.", today: today, currency: .eur, dateOrder: .dayFirst)
    #expect(word.promise?.amount == Money(minorUnits: 220_000, currency: .eur))
  }
}
