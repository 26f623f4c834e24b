/// A corpus reply's locale: the currency of a bare amount and the order of a
/// numeric date, as the labelling guide gives them.
public struct CorpusLocale: Hashable, Sendable {
  /// The currency an amount without one is in.
  public let currency: Currency
  /// How a numeric date is read.
  public let order: DateOrder

  /// The locale named `code` (`uk`, `us`, `au`, `euro`); anything else reads as `uk`.
  public init(_ code: String?) {
    switch code {
    case "us": (currency, order) = (.usd, .monthFirst)
    case "au": (currency, order) = (.aud, .dayFirst)
    case "euro": (currency, order) = (.eur, .dayFirst)
    default: (currency, order) = (.gbp, .dayFirst)
    }
  }

  /// A labelled amount (`1200.00 GBP`) as money, or nil for a currency parley does not know.
  public static func money(_ labelled: String) -> Money? {
    let parts = labelled.split(separator: " ")
    guard parts.count == 2, let currency = Currency.known.first(where: { $0.code == parts[1] })
    else { return nil }
    // Labels always carry two decimals, "240000.00 JPY" too.
    var figure = parts[0]
    if currency.minorDigits == 0, figure.hasSuffix(".00") { figure = figure.dropLast(3) }
    return try? MoneyParser.parse(String(figure), defaultCurrency: currency)
  }
}
