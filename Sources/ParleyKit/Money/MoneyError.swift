/// Why an amount could not be parsed, combined, split or divided.
///
/// Each case carries the facts; ``description`` turns them into one calm,
/// lower-case sentence that says what to do instead. The shell shows it as is.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text was empty or only whitespace.
  case empty
  /// The text is not an amount at all (`abc`, `12..5`, `1,2,3`).
  case notAnAmount(String)
  /// The amount has more decimal places than the currency allows.
  ///
  /// `number` is the number as typed; `places` is how many decimal places it
  /// has once `k` or `m` is applied (`1.2345k` has 1).
  case tooPrecise(currency: Currency, number: String, places: Int)
  /// The amount is negative where only zero or more makes sense.
  case negativeNotAllowed
  /// The text names no currency and there is no default to fall back on.
  case missingCurrency
  /// A three-letter code that parley does not know.
  case unknownCurrency(String)
  /// A symbol such as `kr` that several currencies share, with no way to tell which.
  case ambiguousSymbol(String, candidates: [Currency])
  /// The text names two different currencies (`£5 EUR`).
  case conflictingCurrencies(Currency, Currency)
  /// Two amounts in different currencies were combined.
  case currencyMismatch(Currency, Currency, MoneyOperation)
  /// The result does not fit in 64-bit minor units.
  case overflow
  /// A split into zero or a negative number of parts.
  case invalidPartCount(Int)
  /// A split into more parts than ``Money/maximumSplitParts``.
  case tooManyParts(Int, maximum: Int)
  /// A proportional split with a negative share.
  case negativeShare(Int)
  /// A proportional split whose shares add up to zero.
  case sharesSumToZero
  /// A proportional split whose shares add up to more than `Int` holds.
  case sharesTooLarge
  /// A division by zero.
  case divisionByZero

  public var description: String {
    switch self {
    case .empty:
      return "enter an amount, e.g. 1200.50 or £1,200.50"
    case .notAnAmount(let text):
      return "'\(text)' is not an amount; write it like 1200.50 or £1,200.50"
    case .tooPrecise(let currency, let number, let places):
      let allowed =
        switch currency.minorDigits {
        case 0: "no decimal places"
        case 1: "1 decimal place"
        default: "\(currency.minorDigits) decimal places"
        }
      return "\(currency.code) has \(allowed); '\(number)' has \(places)"
    case .negativeNotAllowed:
      return "a negative amount is not allowed here"
    case .missingCurrency:
      return "say which currency, e.g. 1200 GBP"
    case .unknownCurrency(let code):
      let known = Currency.known.map(\.code).joined(separator: ", ")
      return "unknown currency '\(code)'; known: \(known)"
    case .ambiguousSymbol(let symbol, let candidates):
      let codes = candidates.map(\.code)
      let list =
        codes.count > 1
        ? codes.dropLast().joined(separator: ", ") + " or " + (codes.last ?? "")
        : codes.joined()
      let example = codes.first ?? "GBP"
      return "'\(symbol)' could be \(list); write the code, e.g. 100 \(example)"
    case .conflictingCurrencies(let first, let second):
      return "the amount says both \(first.code) and \(second.code); write one currency"
    case .currencyMismatch(let first, let second, let operation):
      return
        "amounts in \(first.code) and \(second.code) cannot be \(operation.pastParticiple)"
    case .overflow:
      return "the amount is too large"
    case .invalidPartCount(let count):
      return "cannot split into \(count) parts"
    case .tooManyParts(let count, let maximum):
      return "cannot split into \(count) parts; at most \(maximum)"
    case .negativeShare(let share):
      return "a share cannot be negative, got \(share)"
    case .sharesSumToZero:
      return "the shares add up to 0; give at least one share a positive weight"
    case .sharesTooLarge:
      return "the shares are too large; use smaller weights, e.g. percentages"
    case .divisionByZero:
      return "cannot divide an amount by 0"
    }
  }
}
