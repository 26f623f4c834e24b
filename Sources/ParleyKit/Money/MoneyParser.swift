/// Reads an amount the way people type it: `£1,200.50`, `1.200,50 EUR`, `12k`.
///
/// ## Shape
///
/// `[sign] [currency] [sign] number [k|m] [currency]`, with spaces allowed
/// between the pieces and around the whole. At most one sign (`+`, `-` or `−`)
/// and at most one currency on each side of the number.
///
/// ## Currency
///
/// - A code in any case, before or after, with or without a space:
///   `GBP 1200.50`, `99 eur`, `1200GBP`.
/// - A symbol: `£` GBP, `€` EUR, `¥` JPY, `₹` INR, `₦` NGN, `₱` PHP,
///   `₺` TRY, `₫` VND, `zł` PLN, `US$` USD, `C$`/`CA$` CAD, `A$`/`AU$` AUD,
///   `NZ$` NZD, `S$` SGD, `HK$` HKD, `MX$` MXN, `R$` BRL, `₩` KRW, `₴` UAH,
///   `₽` RUB, `₵` GHS, `৳`/`Tk` BDT, `฿` THB, `₪` ILS, `E£`/`LE` EGP, `KSh` KES,
///   `Rp` IDR, `RM` MYR; `RMB` CNY and `TL` TRY as codes.
/// - `$` alone is the default currency when that is a dollar (or the Mexican
///   peso), else USD.
///   `Rs` is the default currency when that is INR, PKR, LKR or NPR, else INR.
///   `kr` is the default currency when that is SEK, NOK or DKK, else an error.
/// - A currency in the text wins over `defaultCurrency`. Two that disagree
///   (`£5 EUR`) are an error; `$5 CAD` is CAD.
///
/// ## Number
///
/// Digits, with `.` or `,` as the decimal separator and `.`, `,`, spaces or
/// apostrophes (`1'200`) between groups of three digits. Which mark is the
/// decimal separator:
///
/// 1. If both `.` and `,` appear, the last one is the decimal separator and
///    must appear once: `1,200.50` and `1.200,50` are both 1200.50.
/// 2. If one of them appears more than once, it is grouping: `1.000.000`.
/// 3. A lone `.` or `,` followed by exactly three digits, after a valid first
///    group (1–3 digits, not starting with 0), is grouping — `€1.200` and
///    `£1,200` are 1200 — unless it is the currency's own decimal separator:
///    then it stays decimal, so `12.345 GBP` is refused as too precise rather
///    than read as 12345, and `1.200 GBP` is refused rather than guessed. A
///    currency with no minor unit has no decimals to mistake, so there it is
///    grouping either way: `₫1,200` and `₫1.200` are both 1200.
/// 4. Any other lone `.` or `,` is the decimal separator, whatever the
///    currency's convention, because grouping cannot be meant: `€1.5` and
///    `£1,5` are both 1.50.
///
/// Groups must be consistent: one grouping mark, a first group of 1–3 digits
/// and then groups of exactly 3 (for INR, PKR, NPR and BDT also the lakh form, `₹1,00,000`).
/// The number starts and ends with a digit. More decimal places than the
/// currency has are refused, never rounded, even trailing zeros (`12.500 GBP`):
/// a third digit more often means a misread separator than a precise amount.
///
/// `k` multiplies by a thousand and `m` by a million (`12k`, `1.5m`, `£1.2k`);
/// the result must still fit the currency's minor digits.
public enum MoneyParser {
  /// Parses `text` as an amount of money.
  ///
  /// - Parameters:
  ///   - text: What the user typed, e.g. `£1,200.50` or `1.200,50 EUR`.
  ///   - defaultCurrency: The currency to use when the text names none; nil
  ///     means the text must name one.
  ///   - allowNegative: Whether a negative amount is acceptable here.
  /// - Returns: The exact amount.
  /// - Throws: A ``MoneyError`` that says what is wrong and how to write it.
  public static func parse(
    _ text: String, defaultCurrency: Currency?, allowNegative: Bool = false
  ) throws(MoneyError) -> Money {
    var scanner = MoneyScanner(text)
    guard !scanner.isAtEnd else { throw .empty }
    let original = scanner.remainingText

    var isNegative: Bool?
    try readSign(&scanner, into: &isNegative, original: original)
    let prefix = scanner.readMarker()
    scanner.skipSpaces()
    try readSign(&scanner, into: &isNegative, original: original)
    guard let number = scanner.readNumber() else { throw .notAnAmount(original) }
    scanner.skipSpaces()
    let suffix = scanner.readMarker()
    scanner.skipSpaces()
    guard scanner.isAtEnd else { throw .notAnAmount(original) }

    let currency = try resolveCurrency(
      [prefix, suffix].compactMap { $0 }, defaultCurrency: defaultCurrency, original: original)
    let negative = isNegative ?? false
    let units = try minorUnits(of: number, in: currency, isNegative: negative, original: original)
    guard allowNegative || units >= 0 else { throw .negativeNotAllowed }
    return Money(minorUnits: units, currency: currency)
  }

  /// Reads a sign if there is one; a second sign is an error.
  private static func readSign(
    _ scanner: inout MoneyScanner, into isNegative: inout Bool?, original: String
  ) throws(MoneyError) {
    guard let sign = scanner.readSign() else { return }
    guard isNegative == nil else { throw .notAnAmount(original) }
    isNegative = sign
    scanner.skipSpaces()
  }

  /// The one currency the markers and the default agree on.
  private static func resolveCurrency(
    _ markers: [CurrencyMarker], defaultCurrency: Currency?, original: String
  ) throws(MoneyError) -> Currency {
    var named: Currency?
    var shared: [(candidates: [Currency], fallback: Currency?)] = []
    for marker in markers {
      switch marker {
      case .word: throw .notAnAmount(original)
      case .unknownCode(let code): throw .unknownCurrency(code)
      case .currency(let currency):
        if let earlier = named, earlier != currency {
          throw .conflictingCurrencies(earlier, currency)
        }
        named = currency
      case .shared(let candidates, let fallback): shared.append((candidates, fallback))
      }
    }
    for (candidates, symbolFallback) in shared {
      let fallback: Currency? =
        if let defaultCurrency, candidates.contains(defaultCurrency) {
          defaultCurrency
        } else {
          symbolFallback
        }
      if let current = named {
        guard candidates.contains(current) else {
          throw .conflictingCurrencies(fallback ?? candidates[0], current)
        }
      } else if let fallback {
        named = fallback
      } else {
        throw .ambiguousSymbol(sharedSymbol(candidates), candidates: candidates)
      }
    }
    if let named { return named }
    guard let defaultCurrency else { throw .missingCurrency }
    return defaultCurrency
  }

  /// How a symbol shared by `candidates` is written, for messages.
  private static func sharedSymbol(_ candidates: [Currency]) -> String {
    candidates.contains(.usd) ? "$" : candidates.contains(.inr) ? "Rs" : "kr"
  }

  /// The number's value in minor units, exactly, or an error saying why not.
  private static func minorUnits(
    of number: ScannedNumber, in currency: Currency, isNegative: Bool, original: String
  ) throws(MoneyError) -> Int64 {
    let body = number.body
    guard let split = splitDecimal(body, currency: currency) else {
      throw .notAnAmount(original)
    }
    guard isValidGrouping(split.whole, currency: currency),
      split.fraction.allSatisfy(\.isASCIIDigit)
    else {
      throw .notAnAmount(original)
    }
    let digits = split.whole.filter(\.isASCIIDigit) + split.fraction
    let places = split.fraction.count - number.scale
    guard places <= currency.minorDigits else {
      throw .tooPrecise(currency: currency, number: number.text, places: places)
    }
    var magnitude: UInt64 = 0
    for digit in digits {
      guard let value = digit.wholeNumberValue else { throw .notAnAmount(original) }
      magnitude = try appendDigit(UInt64(value), to: magnitude)
    }
    for _ in places..<currency.minorDigits {
      magnitude = try appendDigit(0, to: magnitude)
    }
    guard let units = Int64(signMagnitude: magnitude, isNegative: isNegative) else {
      throw .overflow
    }
    return units
  }

  /// `magnitude × 10 + digit`, or ``MoneyError/overflow``.
  private static func appendDigit(_ digit: UInt64, to magnitude: UInt64) throws(MoneyError)
    -> UInt64
  {
    let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: 10)
    let (result, carry) = shifted.addingReportingOverflow(digit)
    guard !overflow, !carry else { throw .overflow }
    return result
  }

  /// Splits a number at its decimal separator by the rules in the type's
  /// documentation; nil if the marks cannot be read either way.
  private static func splitDecimal(
    _ body: [Character], currency: Currency
  ) -> (whole: [Character], fraction: [Character])? {
    let dots = body.indices.filter { body[$0] == "." }
    let commas = body.indices.filter { body[$0] == "," }
    let decimalIndex: Int?
    if let lastDot = dots.last, let lastComma = commas.last {
      let isDotDecimal = lastDot > lastComma
      guard (isDotDecimal ? dots : commas).count == 1 else { return nil }
      decimalIndex = max(lastDot, lastComma)
    } else if dots.count + commas.count == 1, let index = dots.first ?? commas.first {
      decimalIndex = isLoneGroupingMark(at: index, in: body, currency: currency) ? nil : index
    } else {
      decimalIndex = nil
    }
    guard let decimalIndex else { return (body, []) }
    return (Array(body[..<decimalIndex]), Array(body[(decimalIndex + 1)...]))
  }

  /// Rule 3: whether the only `.` or `,` in `body`, at `index`, is grouping.
  private static func isLoneGroupingMark(
    at index: Int, in body: [Character], currency: Currency
  ) -> Bool {
    let before = body[..<index]
    let after = body[(index + 1)...]
    return after.count == 3 && after.allSatisfy(\.isASCIIDigit)
      && (1...3).contains(before.count) && before.allSatisfy(\.isASCIIDigit)
      && before.first != "0"
      && (currency.minorDigits == 0 || body[index] != currency.decimalSeparator)
  }

  /// Whether the whole-number part uses one grouping mark, with a first group
  /// of 1–3 digits and then groups of exactly 3 (or has no grouping at all;
  /// INR, PKR, NPR and BDT also accept lakh grouping, `1,00,000`).
  private static func isValidGrouping(_ whole: [Character], currency: Currency) -> Bool {
    let marks = Set(whole.filter { !$0.isASCIIDigit }.map(groupingKind))
    guard marks.count <= 1 else { return false }
    guard !marks.isEmpty else { return !whole.isEmpty }
    let groups = whole.split(omittingEmptySubsequences: false) { !$0.isASCIIDigit }
    return currency.acceptsGrouping(groups.map(\.count))
  }

  /// Grouping marks that count as the same: all spaces, both apostrophes.
  private static func groupingKind(_ mark: Character) -> Character {
    if mark.isWhitespace { return " " }
    if mark == "’" { return "'" }
    return mark
  }
}
