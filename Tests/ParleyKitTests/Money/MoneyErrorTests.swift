import Testing

@testable import ParleyKit

@Suite struct MoneyErrorTests {
  @Test(arguments: [
    (MoneyError.empty, "enter an amount, e.g. 1200.50 or £1,200.50"),
    (.notAnAmount("abc"), "'abc' is not an amount; write it like 1200.50 or £1,200.50"),
    (
      .tooPrecise(currency: .gbp, number: "12.345", places: 3),
      "GBP has 2 decimal places; '12.345' has 3"
    ),
    (
      .tooPrecise(currency: .jpy, number: "5.5", places: 1),
      "JPY has no decimal places; '5.5' has 1"
    ),
    (
      .tooPrecise(currency: Currency(code: "XOA", minorDigits: 1), number: "1.25", places: 2),
      "XOA has 1 decimal place; '1.25' has 2"
    ),
    (.negativeNotAllowed, "a negative amount is not allowed here"),
    (.missingCurrency, "say which currency, e.g. 1200 GBP"),
    (
      .unknownCurrency("XYZ"),
      "unknown currency 'XYZ'; known: GBP, EUR, USD, CAD, AUD, NZD, CHF, SEK, NOK, DKK, JPY, INR, "
        + "SGD, HKD, MXN, BRL, ZAR, NGN, PHP, PLN, TRY, CNY, VND, PKR, BDT, IDR, KRW, KES, GHS, "
        + "EGP, COP, UAH, RUB, THB, MYR, AED, ILS, CZK, HUF, ARS, CLP, PEN, UYU, SAR, QAR, KWD, "
        + "BHD, OMR, JOD, MAD, TND, NPR, LKR, TWD, ETB, UGX, TZS, RON, BGN, RSD, ISK, KZT, XOF, XAF"
    ),
    (
      .ambiguousSymbol("kr", candidates: [.sek, .nok, .dkk]),
      "'kr' could be SEK, NOK or DKK; write the code, e.g. 100 SEK"
    ),
    (.conflictingCurrencies(.gbp, .eur), "the amount says both GBP and EUR; write one currency"),
    (.currencyMismatch(.gbp, .eur, .addition), "amounts in GBP and EUR cannot be added"),
    (.currencyMismatch(.gbp, .eur, .subtraction), "amounts in GBP and EUR cannot be subtracted"),
    (.currencyMismatch(.usd, .cad, .comparison), "amounts in USD and CAD cannot be compared"),
    (.overflow, "the amount is too large"),
    (.invalidPartCount(0), "cannot split into 0 parts"),
    (.invalidPartCount(-2), "cannot split into -2 parts"),
    (.tooManyParts(20_000, maximum: 10_000), "cannot split into 20000 parts; at most 10000"),
    (.negativeShare(-1), "a share cannot be negative, got -1"),
    (.sharesSumToZero, "the shares add up to 0; give at least one share a positive weight"),
    (.sharesTooLarge, "the shares are too large; use smaller weights, e.g. percentages"),
    (.divisionByZero, "cannot divide an amount by 0"),
  ])
  func messageIsPinned(error: MoneyError, message: String) {
    #expect(error.description == message)
  }
}
