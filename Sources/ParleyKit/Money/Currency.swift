/// An ISO 4217 currency with the number of digits in its minor unit.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
  /// The three-letter ISO 4217 code, upper case (`GBP`).
  public let code: String
  /// Digits after the decimal separator: 2 for GBP, 0 for JPY.
  public let minorDigits: Int
  /// The symbol people write before an amount (`£`), if it is unambiguous.
  public let symbol: String?
  /// Whether amounts are usually written with a decimal comma (`1.200,50`)
  /// in the currency's home languages; English text still writes `1,200.50`
  /// (see ``NumberConvention``).
  public let usesDecimalComma: Bool
  /// The character between groups of three digits in the currency's own
  /// convention: `,` in `1,200.50`, `.` in `1.200,50`, a space in `1 200,50`.
  public let groupingSeparator: Character

  /// Creates a currency; use ``Currency/named(_:)`` for the known ones.
  ///
  /// `groupingSeparator` defaults to `.` with a decimal comma and `,` otherwise.
  public init(
    code: String, minorDigits: Int, symbol: String? = nil, usesDecimalComma: Bool = false,
    groupingSeparator: Character? = nil
  ) {
    self.code = code
    self.minorDigits = minorDigits
    self.symbol = symbol
    self.usesDecimalComma = usesDecimalComma
    self.groupingSeparator = groupingSeparator ?? (usesDecimalComma ? "." : ",")
  }

  /// The character before the minor digits: `,` with a decimal comma, else `.`.
  public var decimalSeparator: Character { usesDecimalComma ? "," : "." }

  public var description: String { code }

  /// Ten to the power of ``minorDigits``: minor units in one major unit.
  public var minorUnitsPerMajor: Int64 {
    var result: Int64 = 1
    for _ in 0..<minorDigits { result *= 10 }
    return result
  }

  /// The currency with this ISO code (any case), if parley knows it.
  public static func named(_ code: String) -> Currency? {
    let upper = code.uppercased()
    return known.first { $0.code == upper }
  }

  public static let gbp = Currency(code: "GBP", minorDigits: 2, symbol: "£")
  public static let eur = Currency(code: "EUR", minorDigits: 2, symbol: "€", usesDecimalComma: true)
  public static let usd = Currency(code: "USD", minorDigits: 2, symbol: "$")
  public static let cad = Currency(code: "CAD", minorDigits: 2)
  public static let aud = Currency(code: "AUD", minorDigits: 2)
  public static let nzd = Currency(code: "NZD", minorDigits: 2)
  public static let chf = Currency(code: "CHF", minorDigits: 2)
  public static let sek = Currency(
    code: "SEK", minorDigits: 2, usesDecimalComma: true, groupingSeparator: " ")
  public static let nok = Currency(
    code: "NOK", minorDigits: 2, usesDecimalComma: true, groupingSeparator: " ")
  public static let dkk = Currency(code: "DKK", minorDigits: 2, usesDecimalComma: true)
  public static let jpy = Currency(code: "JPY", minorDigits: 0, symbol: "¥")
  public static let inr = Currency(code: "INR", minorDigits: 2, symbol: "₹")
  public static let sgd = Currency(code: "SGD", minorDigits: 2)
  public static let hkd = Currency(code: "HKD", minorDigits: 2)
  public static let mxn = Currency(code: "MXN", minorDigits: 2)
  public static let brl = Currency(code: "BRL", minorDigits: 2, usesDecimalComma: true)
  public static let zar = Currency(code: "ZAR", minorDigits: 2)
  public static let ngn = Currency(code: "NGN", minorDigits: 2, symbol: "₦")
  public static let php = Currency(code: "PHP", minorDigits: 2, symbol: "₱")
  public static let pln = Currency(
    code: "PLN", minorDigits: 2, usesDecimalComma: true, groupingSeparator: " ")
  public static let `try` = Currency(
    code: "TRY", minorDigits: 2, symbol: "₺", usesDecimalComma: true)
  public static let cny = Currency(code: "CNY", minorDigits: 2)
  public static let vnd = Currency(code: "VND", minorDigits: 0, symbol: "₫", usesDecimalComma: true)
  public static let pkr = Currency(code: "PKR", minorDigits: 2)
  public static let bdt = Currency(code: "BDT", minorDigits: 2, symbol: "৳")
  public static let idr = Currency(code: "IDR", minorDigits: 2, usesDecimalComma: true)
  public static let krw = Currency(code: "KRW", minorDigits: 0, symbol: "₩")
  public static let kes = Currency(code: "KES", minorDigits: 2)
  public static let ghs = Currency(code: "GHS", minorDigits: 2, symbol: "₵")
  public static let egp = Currency(code: "EGP", minorDigits: 2)
  public static let cop = Currency(code: "COP", minorDigits: 2, usesDecimalComma: true)
  public static let uah = Currency(code: "UAH", minorDigits: 2, symbol: "₴", usesDecimalComma: true)
  public static let rub = Currency(code: "RUB", minorDigits: 2, symbol: "₽", usesDecimalComma: true)
  public static let thb = Currency(code: "THB", minorDigits: 2, symbol: "฿")
  public static let myr = Currency(code: "MYR", minorDigits: 2)
  public static let aed = Currency(code: "AED", minorDigits: 2)
  public static let ils = Currency(code: "ILS", minorDigits: 2, symbol: "₪")
  public static let czk = Currency(code: "CZK", minorDigits: 2, usesDecimalComma: true)
  public static let huf = Currency(code: "HUF", minorDigits: 2, usesDecimalComma: true)
  public static let ars = Currency(code: "ARS", minorDigits: 2, usesDecimalComma: true)
  public static let clp = Currency(code: "CLP", minorDigits: 0, usesDecimalComma: true)
  public static let pen = Currency(code: "PEN", minorDigits: 2)
  public static let uyu = Currency(code: "UYU", minorDigits: 2, usesDecimalComma: true)
  public static let sar = Currency(code: "SAR", minorDigits: 2)
  public static let qar = Currency(code: "QAR", minorDigits: 2)
  public static let kwd = Currency(code: "KWD", minorDigits: 3)
  public static let bhd = Currency(code: "BHD", minorDigits: 3)
  public static let omr = Currency(code: "OMR", minorDigits: 3)
  public static let jod = Currency(code: "JOD", minorDigits: 3)
  public static let mad = Currency(code: "MAD", minorDigits: 2)
  public static let tnd = Currency(code: "TND", minorDigits: 3)
  public static let npr = Currency(code: "NPR", minorDigits: 2)
  public static let lkr = Currency(code: "LKR", minorDigits: 2)
  public static let twd = Currency(code: "TWD", minorDigits: 2)
  public static let etb = Currency(code: "ETB", minorDigits: 2)
  public static let ugx = Currency(code: "UGX", minorDigits: 0)
  public static let tzs = Currency(code: "TZS", minorDigits: 2)
  public static let ron = Currency(code: "RON", minorDigits: 2, usesDecimalComma: true)
  public static let bgn = Currency(code: "BGN", minorDigits: 2, usesDecimalComma: true)
  public static let rsd = Currency(code: "RSD", minorDigits: 2, usesDecimalComma: true)
  public static let isk = Currency(code: "ISK", minorDigits: 0, usesDecimalComma: true)
  public static let kzt = Currency(code: "KZT", minorDigits: 2, symbol: "₸")
  public static let xof = Currency(code: "XOF", minorDigits: 0)
  public static let xaf = Currency(code: "XAF", minorDigits: 0)

  /// Every currency parley knows, in a stable order.
  public static let known: [Currency] = [
    .gbp, .eur, .usd, .cad, .aud, .nzd, .chf, .sek, .nok, .dkk, .jpy, .inr, .sgd, .hkd, .mxn,
    .brl, .zar, .ngn, .php, .pln, .`try`, .cny, .vnd, .pkr, .bdt, .idr, .krw, .kes, .ghs, .egp,
    .cop, .uah, .rub, .thb, .myr, .aed, .ils, .czk, .huf, .ars, .clp, .pen, .uyu, .sar, .qar,
    .kwd, .bhd, .omr, .jod, .mad, .tnd, .npr, .lkr, .twd, .etb, .ugx, .tzs, .ron, .bgn, .rsd,
    .isk, .kzt, .xof, .xaf,
  ]
}
