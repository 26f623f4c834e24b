/// One normalised word of a reply, with where it was written.
///
/// Contractions expand into several tokens that share the written word's span:
/// `can't` is `can` + `not`, `we'll` is `we` + `will`.
struct ReplyToken: Hashable, Sendable {
  /// The word, folded: lowercase, straight apostrophes, common typos and
  /// abbreviations spelled out (`tmrw` is `tomorrow`).
  let word: String
  /// The line it was written on, from 0.
  let line: Int
  /// The column of its first character, from 0.
  let start: Int
  /// The column just past its last character.
  let end: Int
  /// Which sentence it belongs to; a pattern never spans two.
  let sentence: Int
  /// Which clause it belongs to (commas, colons and dashes end a clause);
  /// negation looks back only within a clause.
  let clause: Int
  /// Whether the written word was in capitals (two letters or more), for shouting.
  let isShouted: Bool

  /// Whether the token is a number (`15`, `1,200.50`, `15/12`, `15th`, `12k`).
  var isNumber: Bool { word.first?.isASCIIDigit ?? false }

  /// Whether the token is a currency symbol or a currency code.
  var isCurrency: Bool { ReplyToken.currencyWords.contains(word) }

  /// Currency symbols and codes that mark an amount of money.
  static let currencyWords: Set<String> = [
    "£", "€", "$", "¥", "₹", "gbp", "eur", "usd", "cad", "aud", "nzd", "chf", "sek", "nok",
    "dkk", "jpy", "inr",
  ]
}
