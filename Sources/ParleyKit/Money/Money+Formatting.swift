extension Money {
  /// The amount for display, in the currency's own convention.
  ///
  /// A currency with an unambiguous symbol puts it first; the others put
  /// their code first, then a space. The sign always comes first. Every minor
  /// digit is shown. Digits are grouped in threes (INR: the last three, then
  /// pairs, `₹1,00,000.00`) with the currency's
  /// ``Currency/groupingSeparator``; the decimal separator is `,` where
  /// ``Currency/usesDecimalComma``, else `.`:
  ///
  /// | amount          | formatted         |
  /// |-----------------|-------------------|
  /// | 1200.50 GBP     | `£1,200.50`       |
  /// | 1200.50 EUR     | `€1.200,50`       |
  /// | 1200.50 CHF     | `CHF 1,200.50`    |
  /// | 1200.50 SEK     | `SEK 1 200,50`    |
  /// | 5000 JPY        | `¥5,000`          |
  /// | 100000 INR      | `₹1,00,000.00`    |
  /// | -5 GBP          | `-£5.00`          |
  ///
  /// ``MoneyParser`` reads it back exactly when no default currency is given;
  /// `$` means USD only without a dollar default, so use ``formattedWithCode``
  /// where the text must be unambiguous.
  public var formatted: String {
    let sign = isNegative ? "-" : ""
    let marker = currency.symbol ?? currency.code + " "
    return sign + marker + groupedMagnitude
  }

  /// The amount with its code after it: `1,200.50 GBP`, `-5.00 GBP`, `1.200,50 EUR`.
  ///
  /// Grouping and decimal separator follow the currency, as in ``formatted``.
  /// ``MoneyParser`` reads it back exactly under any default currency.
  public var formattedWithCode: String {
    (isNegative ? "-" : "") + groupedMagnitude + " " + currency.code
  }

  /// The magnitude with grouping and all minor digits: `1,200.50`.
  private var groupedMagnitude: String {
    let magnitude = minorUnits.magnitude
    let scale = UInt64(currency.minorUnitsPerMajor)
    let whole = Array(String(magnitude / scale))
    let boundaries = Set(currency.groupBoundaries(digitCount: whole.count))
    var grouped = ""
    for (offset, digit) in whole.enumerated() {
      if boundaries.contains(offset) { grouped.append(currency.groupingSeparator) }
      grouped.append(digit)
    }
    guard currency.minorDigits > 0 else { return grouped }
    let fraction = String(magnitude % scale)
    let padding = String(repeating: "0", count: currency.minorDigits - fraction.count)
    return grouped + String(currency.decimalSeparator) + padding + fraction
  }
}
