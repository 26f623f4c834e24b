/// What a word or symbol next to a number says about its currency.
enum CurrencyMarker: Equatable {
  /// Exactly one currency: `GBP`, `£`, `US$`.
  case currency(Currency)
  /// A symbol several currencies share (`$`, `kr`), with the candidates.
  case shared([Currency])
  /// Three letters that are not a known ISO code.
  case unknownCode(String)
  /// Any other word.
  case word(String)

  /// Symbols in the order they are tried: longer ones first.
  static let symbols: [(text: String, marker: CurrencyMarker)] = [
    ("US$", .currency(.usd)), ("CA$", .currency(.cad)), ("AU$", .currency(.aud)),
    ("NZ$", .currency(.nzd)), ("HK$", .currency(.hkd)), ("MX$", .currency(.mxn)),
    ("C$", .currency(.cad)), ("A$", .currency(.aud)), ("S$", .currency(.sgd)),
    ("R$", .currency(.brl)), ("$", .shared([.usd, .cad, .aud, .nzd, .sgd, .hkd, .mxn])),
    ("£", .currency(.gbp)), ("€", .currency(.eur)), ("¥", .currency(.jpy)),
    ("₹", .currency(.inr)), ("₦", .currency(.ngn)), ("₱", .currency(.php)),
    ("₺", .currency(.`try`)), ("₫", .currency(.vnd)), ("zł", .currency(.pln)),
    ("Rs.", .currency(.inr)), ("Rs", .currency(.inr)), ("₩", .currency(.krw)),
    ("₴", .currency(.uah)), ("₽", .currency(.rub)), ("GH₵", .currency(.ghs)),
    ("₵", .currency(.ghs)), ("৳", .currency(.bdt)), ("฿", .currency(.thb)),
    ("₪", .currency(.ils)), ("E£", .currency(.egp)), ("KSh", .currency(.kes)),
    ("Rp", .currency(.idr)), ("RM", .currency(.myr)), ("Tk", .currency(.bdt)),
  ]

  /// Names people write for a currency instead of its ISO code.
  static let localNames: [String: Currency] = [
    "RMB": .cny, "TL": .`try`, "LE": .egp, "KSH": .kes, "RP": .idr, "RM": .myr, "TK": .bdt,
  ]

  /// The marker a run of letters stands for.
  init(word: String) {
    let upper = word.uppercased()
    if upper == "KR" {
      self = .shared([.sek, .nok, .dkk])
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
