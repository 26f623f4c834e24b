extension ReplyTokenizer {
  /// The words a folded written word stands for.
  ///
  /// Contractions expand (`can't` → `can not`, `we'll` → `we will`, `it's` →
  /// `it is`), with or without the apostrophe where that is unambiguous (`cant`,
  /// `dont`, `im`); common text-speak and typos are spelled out (`tmrw`, `pls`,
  /// `recieved`); `cash-flow` and `cashflow` are both `cash flow`.
  static func expand(_ word: String) -> [String] {
    if let spelled = spellings[word] { return spelled }
    if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
    for (suffix, meaning) in contractionSuffixes where word.hasSuffix(suffix) {
      let base = String(word.dropLast(suffix.count))
      guard !base.isEmpty else { break }
      return (spellings[base] ?? [base]) + [meaning]
    }
    return [word]
  }

  /// Contraction endings and the word each stands for.
  static let contractionSuffixes: [(String, String)] = [
    ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"), ("'d", "would"),
    ("'s", "is"),
  ]

  /// Words read after `ill` that make it `i will`.
  static let verbsAfterIll: Set<String> = [
    "pay", "send", "transfer", "sort", "settle", "get", "do", "make", "have", "be", "look",
    "check", "chase", "call", "speak", "talk", "pass", "ask", "try", "clear", "wire", "let",
    "find", "deal", "come", "see", "forward", "confirm", "pop",
  ]

  /// Whole words spelled out: contractions, text-speak, common typos.
  static let spellings: [String: [String]] = [
    "can't": ["can", "not"], "cant": ["can", "not"], "cannot": ["can", "not"],
    "won't": ["will", "not"], "wont": ["will", "not"], "shan't": ["shall", "not"],
    "ain't": ["is", "not"], "dont": ["do", "not"], "didnt": ["did", "not"],
    "doesnt": ["does", "not"], "isnt": ["is", "not"], "arent": ["are", "not"],
    "wasnt": ["was", "not"], "werent": ["were", "not"], "havent": ["have", "not"],
    "hasnt": ["has", "not"], "hadnt": ["had", "not"], "couldnt": ["could", "not"],
    "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
    "im": ["i", "am"], "ive": ["i", "have"], "let's": ["let", "us"], "lets": ["let", "us"],
    "tmrw": ["tomorrow"], "tmw": ["tomorrow"], "tmr": ["tomorrow"], "tmrow": ["tomorrow"],
    "2moro": ["tomorrow"], "2morrow": ["tomorrow"], "tomoz": ["tomorrow"],
    "tomorow": ["tomorrow"], "tommorow": ["tomorrow"], "tommorrow": ["tomorrow"],
    "tonite": ["tonight"], "2day": ["today"], "pls": ["please"], "plz": ["please"],
    "u": ["you"], "ya": ["you"], "ur": ["your"], "thx": ["thanks"], "thnx": ["thanks"],
    "wk": ["week"], "wks": ["weeks"], "mth": ["month"], "mnth": ["month"],
    "til": ["until"], "till": ["until"], "untill": ["until"], "cos": ["because"],
    "coz": ["because"], "cuz": ["because"], "gonna": ["going", "to"], "wanna": ["want", "to"],
    "gotta": ["got", "to"], "recieved": ["received"], "recieve": ["receive"],
    "payed": ["paid"], "xmas": ["christmas"], "cashflow": ["cash", "flow"],
    "b4": ["before"], "abt": ["about"], "tho": ["though"], "thru": ["through"],
    "pmt": ["payment"], "pymt": ["payment"], "whats": ["what", "is"], "thats": ["that", "is"],
    "theres": ["there", "is"], "youre": ["you", "are"], "youll": ["you", "will"],
    "installment": ["instalment"], "installments": ["instalments"],
    "instalement": ["instalment"], "instalements": ["instalments"],
    "finacial": ["financial"], "financal": ["financial"], "finacially": ["financially"],
    "bussiness": ["business"], "buisness": ["business"], "busness": ["business"],
    "paymnet": ["payment"], "payement": ["payment"], "paymet": ["payment"],
    "invocie": ["invoice"], "invoce": ["invoice"], "acounts": ["accounts"],
    "accouts": ["accounts"], "strugling": ["struggling"], "struggeling": ["struggling"],
    "harrass": ["harass"], "harrassing": ["harassing"], "harrassment": ["harassment"],
    "definately": ["definitely"], "defintely": ["definitely"], "extention": ["extension"],
    "seperate": ["separate"], "febuary": ["february"], "wensday": ["wednesday"],
    "wednesay": ["wednesday"], "fortnite": ["fortnight"], "skimt": ["skint"],
    "f***": ["fuck"], "f**k": ["fuck"],
    "f*ck": ["fuck"], "fck": ["fuck"], "fk": ["fuck"], "s**t": ["shit"], "sh*t": ["shit"],
  ]
}
