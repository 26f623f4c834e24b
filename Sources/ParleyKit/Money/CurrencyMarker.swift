/// What a word or symbol next to a number says about its currency.
enum CurrencyMarker: Equatable {
  /// Exactly one currency: `GBP`, `£`, `US$`.
  case currency(Currency)
  /// A symbol several currencies share (`$`, `Rs`, `kr`), with the candidates
  /// and the one it means when the default currency is none of them (`$` is
  /// the US dollar; `kr` alone means none).
  case shared([Currency], fallback: Currency?)
  /// Three letters that are not a known ISO code.
  case unknownCode(String)
  /// Any other word.
  case word(String)

  /// `Rs`: the rupee of India, Pakistan, Sri Lanka or Nepal, by the default currency.
  static let rupees = CurrencyMarker.shared([.inr, .pkr, .lkr, .npr], fallback: .inr)

  /// Symbols in the order they are tried: longer ones first.
  static let symbols: [(text: String, marker: CurrencyMarker)] = [
    ("US$", .currency(.usd)), ("CA$", .currency(.cad)), ("AU$", .currency(.aud)),
    ("NZ$", .currency(.nzd)), ("HK$", .currency(.hkd)), ("MX$", .currency(.mxn)),
    ("C$", .currency(.cad)), ("A$", .currency(.aud)), ("S$", .currency(.sgd)),
    ("R$", .currency(.brl)),
    ("$", .shared([.usd, .cad, .aud, .nzd, .sgd, .hkd, .mxn], fallback: .usd)),
    ("£", .currency(.gbp)), ("€", .currency(.eur)), ("¥", .currency(.jpy)),
    ("₹", .currency(.inr)), ("₦", .currency(.ngn)), ("₱", .currency(.php)),
    ("₺", .currency(.`try`)), ("₫", .currency(.vnd)), ("zł", .currency(.pln)),
    ("Rs.", rupees), ("Rs", rupees), ("₩", .currency(.krw)),
    ("₴", .currency(.uah)), ("₽", .currency(.rub)), ("GH₵", .currency(.ghs)),
    ("₵", .currency(.ghs)), ("৳", .currency(.bdt)), ("฿", .currency(.thb)),
    ("₪", .currency(.ils)), ("E£", .currency(.egp)), ("KSh", .currency(.kes)),
    ("Rp", .currency(.idr)), ("RM", .currency(.myr)), ("Tk", .currency(.bdt)),
    ("NT$", .currency(.twd)), ("S/", .currency(.pen)), ("Kč", .currency(.czk)),
    ("SFr.", .currency(.chf)), ("Fr.", .currency(.chf)), ("NRs", .currency(.npr)),
    ("USh", .currency(.ugx)), ("TSh", .currency(.tzs)), ("₸", .currency(.kzt)),
    ("đ", .currency(.vnd)), ("元", .currency(.cny)), ("円", .currency(.jpy)),
    ("QR", .currency(.qar)), ("SR", .currency(.sar)), ("JD", .currency(.jod)),
    ("KD", .currency(.kwd)), ("DH", .currency(.mad)), ("Br", .currency(.etb)),
    ("lei", .currency(.ron)), ("Fr", .currency(.chf)),
    // Last, so `R$`, `RM`, `Rs` and `Rp` are tried first.
    ("R", .currency(.zar)),
  ]

  /// Symbols written in letters that read as money only before a number
  /// (`R 500`, `Br 18,000`): after one, they are more often something else.
  static let prefixOnly: Set<String> = [
    "r", "br", "fr", "sfr", "qr", "sr", "jd", "kd", "ush", "tsh",
  ]

  /// Currency marks written in one case only, since in another they are
  /// everyday words or units (`450 000 Ft` but `12 ft`; `Tk 88,000`; `2,750 JD`).
  static let casedMarks: [String: Currency] = [
    "Ft": .huf, "Tk": .bdt, "JD": .jod, "LE": .egp, "KD": .kwd, "Dhs": .aed, "BD": .bhd,
  ]

  /// Names people write for a currency instead of its ISO code.
  static let localNames: [String: Currency] = [
    "RMB": .cny, "TL": .`try`, "LE": .egp, "KSH": .kes, "RP": .idr, "RM": .myr, "TK": .bdt,
    "NIS": .ils, "NRS": .npr, "DHS": .aed, "NTD": .twd,
  ]

  /// The marker a run of letters stands for.
  init(word: String) {
    let upper = word.uppercased()
    if upper == "KR" {
      self = .shared([.sek, .nok, .dkk], fallback: nil)
    } else if let currency = Self.localNames[upper] {
      self = .currency(currency)
    } else if let currency = Currency.named(upper) {
      self = .currency(currency)
    } else if upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }) {
      self = .unknownCode(upper)
    } else {
      self = .word(word)
    }
  }
}
