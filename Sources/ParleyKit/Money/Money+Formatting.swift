extension Money {
  /// The amount for display, as English text writes it.
  ///
  /// The same as ``formatted(in:)`` with ``NumberConvention/english``: parley
  /// writes English only, so its amounts group digits with `,` and mark
  /// decimals with `.` whatever the currency (see ``NumberConvention`` for why
  /// this is the default and what the other convention is for).
  ///
  /// A currency with an unambiguous symbol puts it first; the others put
  /// their code first, then a space. The sign always comes first. Every minor
  /// digit is shown. Digits are grouped in threes (INR: the last three, then
  /// pairs, `₹1,00,000.00`):
  ///
  /// | amount          | formatted         | in `.currencyOwn` |
  /// |-----------------|-------------------|-------------------|
  /// | 1200.50 GBP     | `£1,200.50`       | `£1,200.50`       |
  /// | 1200.50 EUR     | `€1,200.50`       | `€1.200,50`       |
  /// | 1200.50 CHF     | `CHF 1,200.50`    | `CHF 1,200.50`    |
  /// | 1200.50 SEK     | `SEK 1,200.50`    | `SEK 1 200,50`    |
  /// | 5000 JPY        | `¥5,000`          | `¥5,000`          |
  /// | 1200 VND        | `₫1,200`          | `₫1.200`          |
  /// | 100000 INR      | `₹1,00,000.00`    | `₹1,00,000.00`    |
  /// | -5 GBP          | `-£5.00`          | `-£5.00`          |
  ///
  /// ``MoneyParser`` reads it back exactly when no default currency is given;
  /// `$` means USD only without a dollar default, so use ``formattedWithCode``
  /// where the text must be unambiguous.
  public var formatted: String { formatted(in: .english) }

  /// The amount for display with the marks of `convention`; see ``formatted``.
  ///
  /// ``MoneyParser`` reads it back exactly in either convention when no
  /// default currency is given.
  public func formatted(in convention: NumberConvention) -> String {
    let sign = isNegative ? "-" : ""
    let marker = currency.symbol ?? currency.code + " "
    return sign + marker + groupedMagnitude(convention)
  }

  /// The amount with its code after it, as English text writes it:
  /// `1,200.50 GBP`, `-5.00 GBP`, `1,200.50 EUR`.
  ///
  /// ``MoneyParser`` reads it back exactly under any default currency.
  public var formattedWithCode: String { formattedWithCode(in: .english) }

  /// The amount with its code after it, with the marks of `convention`:
  /// `1.200,50 EUR` in ``NumberConvention/currencyOwn``.
  ///
  /// ``MoneyParser`` reads it back exactly under any default currency.
  public func formattedWithCode(in convention: NumberConvention) -> String {
    (isNegative ? "-" : "") + groupedMagnitude(convention) + " " + currency.code
  }

  /// The magnitude with grouping and all minor digits: `1,200.50`.
  private func groupedMagnitude(_ convention: NumberConvention) -> String {
    let magnitude = minorUnits.magnitude
    let scale = UInt64(currency.minorUnitsPerMajor)
    let whole = Array(String(magnitude / scale))
    let boundaries = Set(currency.groupBoundaries(digitCount: whole.count))
    let groupingSeparator = convention.groupingSeparator(for: currency)
    var grouped = ""
    for (offset, digit) in whole.enumerated() {
      if boundaries.contains(offset) { grouped.append(groupingSeparator) }
      grouped.append(digit)
    }
    guard currency.minorDigits > 0 else { return grouped }
    let fraction = String(magnitude % scale)
    let padding = String(repeating: "0", count: currency.minorDigits - fraction.count)
    return grouped + String(convention.decimalSeparator(for: currency)) + padding + fraction
  }
}
