extension Money {
  /// The amount as a plain decimal with exactly the currency's minor digits:
  /// `1200.50`, `-3.05`, `1200` for JPY. No grouping, no symbol.
  ///
  /// This is the form JSON output and the journal use.
  public var plainDecimal: String {
    let digits = currency.minorDigits
    let magnitude = minorUnits.magnitude
    let sign = minorUnits < 0 ? "-" : ""
    guard digits > 0 else { return sign + String(magnitude) }
    let scale = UInt64(currency.minorUnitsPerMajor)
    let fraction = String(magnitude % scale)
    let padded = String(repeating: "0", count: digits - fraction.count) + fraction
    return "\(sign)\(magnitude / scale).\(padded)"
  }

  /// Parses the ``plainDecimal`` form exactly (`1200.50`, `-3.05`, `1200`).
  ///
  /// Returns nil for anything else: grouping, symbols, more fraction digits
  /// than the currency has, or a value outside `Int64`.
  public init?(plainDecimal text: String, currency: Currency) {
    var body = Substring(text)
    let negative = body.hasPrefix("-")
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.count <= currency.minorDigits, parts.count == 1 || !fraction.isEmpty,
      fraction.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    let paddedFraction =
      String(fraction) + String(repeating: "0", count: currency.minorDigits - fraction.count)
    // Parse with the sign attached so that Int64.min round-trips too.
    let sign = negative ? "-" : ""
    guard let units = Int64(sign + String(whole) + paddedFraction) else { return nil }
    self.init(minorUnits: units, currency: currency)
  }
}
