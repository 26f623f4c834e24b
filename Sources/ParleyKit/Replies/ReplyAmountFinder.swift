/// Finds amounts of money in a reply, using ``MoneyParser`` for every reading.
///
/// An amount is a number with a currency next to it: a symbol before or after
/// (`£1,200`, `$ 500`, `US$5`, `150€`, `1.450,00 €`), a code before or after
/// (`EUR 850`, `1.200,00 EUR`), a code or `k` inside the number (`1200gbp`,
/// `£1.2k`), or a currency word after (`800 euro`, `150 pounds`, `250 quid`,
/// `600 bucks`). Groups of three digits may be spaced (`2 300 EUR`). Amounts
/// in words count with a currency word or as "grand" (`five hundred quid`,
/// `two grand`, `1.5 grand`, in the reply's currency when none is named), or
/// after a payment verb (`transfer fourteen hundred`).
///
/// A bare number is money only right after a payment verb (`pay`, `send`,
/// `transfer`, ...) or `amount of`, with at most `the`, `a` or `another`
/// between, when it is at least 10 and no unit follows (`pay 650 on Monday`,
/// `send the 2,400`; never `pay invoice 2041`, `pay for 12 hours`), when it
/// is written with grouping marks (`1,275 will be with you`), or when the
/// way it was paid follows it (`375 via paypal`, `250 cash app`); it takes
/// the reply's currency.
enum ReplyAmountFinder {
  /// Every amount in `tokens[range]`, in reading order.
  static func amounts(
    in reading: ReplyReading, range: Range<Int>, currency: Currency
  ) -> [ReplyMention<Money>] {
    let tokens = reading.tokens
    var result: [ReplyMention<Money>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      var found: ReplyMention<Money>?
      if isSymbolBefore(reading, index), let number = numberAfterCurrency(reading, index, range) {
        let end = groupEnd(reading, from: number, limit: range.upperBound)
        found = renamed(
          read(reading, first: index, end: end, currency: currency).map {
            scaled($0, in: reading, limit: range.upperBound)
          }, number: number..<end, symbol: index, in: reading, default: currency,
          limit: range.upperBound)
      } else if let value = tenThousands(reading.words[index]) {
        found = ReplyMention(value: value, first: index, end: index + 1, isAmbiguous: false)
      } else if reading.isNumber(index) {
        let end = groupEnd(reading, from: index, limit: range.upperBound)
        let hasNext = end < range.upperBound && areAdjacent(tokens[end - 1], tokens[end])
        if hasNext, reading.isCurrency(end) {
          found =
            renamed(
              read(reading, first: index, end: end + 1, currency: currency), number: index..<end,
              symbol: end, in: reading, default: currency, limit: range.upperBound)
            // "15tr VND"
            ?? joinedMultiplier(
              reading, at: index, currency: symbolCurrency(reading, at: end) ?? currency
            ).map { ReplyMention(value: $0.value, first: index, end: end + 1, isAmbiguous: false) }
        } else if hasNext,
          let (national, stop) = nationalCurrency(reading, at: end, limit: range.upperBound)
        {
          // "4.200 Danish kroner"
          found = read(reading, first: index, end: end, currency: national).map {
            ReplyMention(value: $0.value, first: index, end: stop, isAmbiguous: false)
          }
        } else if hasNext,
          let named = namedCurrency(reading.words[end], default: currency)
            ?? capitalCode(reading, end) ?? casedMark(reading, end)
        {
          found = renamed(
            read(reading, first: index, end: end, currency: named).map {
              ReplyMention(value: $0.value, first: index, end: end + 1, isAmbiguous: false)
            }, number: index..<end, symbol: end, in: reading, default: named,
            limit: range.upperBound)
        } else if end == index + 1, reading.words[index].last?.isLetter == true {
          found =
            read(reading, first: index, end: end, currency: currency)
            ?? joinedMultiplier(reading, at: index, currency: currency)
        } else if hasNext, multipliers[reading.words[end]] != nil {
          // "two lakh rupees", "1.5 grand": the currency word may follow the multiplier.
          var named = impliedCurrency(reading.words[end], default: currency)
          var stop = end + 1
          // ... also after an abbreviating period or in brackets: "15 тис. грн",
          // "2 millones (COP)", "15 thousand Egyptian pounds".
          if stop < range.upperBound, tokens[end].line == tokens[stop].line,
            [" ", ". ", " ("].contains(reading.gap(before: stop))
          {
            if let (national, after) = nationalCurrency(reading, at: stop, limit: range.upperBound)
            {
              named = national
              stop = after
            } else if let word = namedCurrency(reading.words[stop], default: currency)
              ?? symbolCurrency(reading, at: stop)
            {
              named = word
              stop += 1
            }
          }
          found = read(reading, first: index, end: end, currency: named).map {
            let scaled = scaled($0, in: reading, limit: range.upperBound)
            return ReplyMention(
              value: scaled.value, first: index, end: stop, isAmbiguous: false)
          }
        } else if isBareAmount(reading, first: index, end: end, limit: range.upperBound) {
          found = read(reading, first: index, end: end, currency: currency)
        }
      } else if let prefixed = amountWithLetterSymbol(reading, at: index, limit: range.upperBound) {
        found = prefixed
      } else if let named = namedCurrency(reading.words[index], default: currency)
        ?? casedMark(reading, index),
        let number = numberAfterCurrency(reading, index, range)
      {
        // "Euro 5.600,00", "Tk 1.5 lakh": a currency word before the number.
        let end = groupEnd(reading, from: number, limit: range.upperBound)
        found = read(reading, first: number, end: end, currency: named).map {
          let scaled = scaled($0, in: reading, limit: range.upperBound)
          return ReplyMention(
            value: scaled.value, first: index, end: scaled.end, isAmbiguous: false)
        }
      } else if Self.wordValues[reading.words[index]] != nil
        || isMisheardFour(reading, at: index, limit: range.upperBound)
      {
        found = amountInWords(reading, from: index, limit: range.upperBound, currency: currency)
      }
      if let found {
        result.append(found)
        index = found.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// Words after a number that multiply it: `grand`, `lakh`, `crore`, `juta`, `triệu`.
  static let multipliers: [String: Int64] = [
    "grand": 1_000, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "juta": 1_000_000, "million": 1_000_000,
    "mil": 1_000_000, "ribu": 1_000, "triệu": 1_000_000, "nghìn": 1_000,
    "millones": 1_000_000, "millón": 1_000_000, "millon": 1_000_000, "milhões": 1_000_000,
    "milhão": 1_000_000, "тис": 1_000, "тыс": 1_000, "jt": 1_000_000, "rb": 1_000,
    "ezer": 1_000, "lucas": 1_000, "luca": 1_000, "tys": 1_000, "tis": 1_000, "bin": 1_000,
    "tr": 1_000_000,
  ]

  /// Multipliers used with one currency only (`3,2 juta` is rupiah, `15 triệu`
  /// dong), and those of South Asia (`2 lakh` is rupees or taka).
  static let multiplierCurrencies: [String: [Currency]] = {
    let southAsian: [Currency] = [.inr, .pkr, .npr, .bdt, .lkr]
    return [
      "juta": [.idr], "ribu": [.idr], "jt": [.idr], "rb": [.idr], "triệu": [.vnd],
      "nghìn": [.vnd], "tr": [.vnd], "ezer": [.huf], "lucas": [.clp, .cop], "luca": [.clp, .cop],
      "tys": [.pln], "tis": [.czk], "bin": [.`try`], "lakh": southAsian, "lakhs": southAsian,
      "lac": southAsian, "crore": southAsian, "crores": southAsian,
    ]
  }()

  /// The currency of an amount with the multiplier `word` and no currency
  /// named: the default when the multiplier is used with it, else the first
  /// the multiplier is used with.
  static func impliedCurrency(_ word: String, default currency: Currency) -> Currency {
    guard let users = multiplierCurrencies[word], !users.contains(currency) else {
      return currency
    }
    return users[0]
  }

  /// The currency an ISO code or a symbol at `index` names (`COP`, `zł`, `Kč`).
  private static func symbolCurrency(_ reading: ReplyReading, at index: Int) -> Currency? {
    guard reading.isCurrency(index) else { return nil }
    let written = reading.tokenized.writtenWord(index)
    return Currency.named(written)
      ?? (try? MoneyParser.parse("1 " + written, defaultCurrency: nil))?.currency
  }

  /// A number with its multiplier joined to it (`2,5jt`, `750rb`), in the
  /// multiplier's currency unless the reply's own is one that uses it.
  private static func joinedMultiplier(
    _ reading: ReplyReading, at index: Int, currency: Currency
  ) -> ReplyMention<Money>? {
    let word = reading.words[index]
    let suffix = String(word.reversed().prefix(while: \.isLetter).reversed())
    guard let factor = multipliers[suffix], multiplierCurrencies[suffix] != nil else { return nil }
    let named = impliedCurrency(suffix, default: currency)
    guard let number = parse(String(word.dropLast(suffix.count)), currency: named),
      let value = try? number.multiplied(by: factor), !value.isZero
    else { return nil }
    return ReplyMention(value: value, first: index, end: index + 1, isAmbiguous: false)
  }

  /// Currencies whose writers mean a thousand by `mil` (`R$ 3 mil`, `2 mil pesos`);
  /// elsewhere it is a million.
  static let thousandMil: Set<Currency> = [.brl, .mxn, .ars, .cop, .clp, .pen, .uyu]

  /// What the multiplier `word` after an amount in `currency` multiplies by.
  static func factor(_ word: String, currency: Currency) -> Int64? {
    word == "mil" && thousandMil.contains(currency) ? 1_000 : multipliers[word]
  }

  /// The currency of a mark of ``CurrencyMarker/casedMarks`` written exactly so at `index`.
  private static func casedMark(_ reading: ReplyReading, _ index: Int) -> Currency? {
    CurrencyMarker.casedMarks[reading.tokenized.writtenWord(index)]
  }

  /// Nationalities written between a number and its currency word, which
  /// say whose money it is (`4.200 Danish kroner`, `900 Canadian dollars`).
  static let nationalCurrencies: [String: Currency] = [
    "danish": .dkk, "norwegian": .nok, "swedish": .sek, "icelandic": .isk, "czech": .czk,
    "swiss": .chf, "canadian": .cad, "australian": .aud, "singapore": .sgd,
    "singaporean": .sgd, "mexican": .mxn, "argentine": .ars, "argentinian": .ars,
    "chilean": .clp, "colombian": .cop, "philippine": .php, "indian": .inr, "pakistani": .pkr,
    "lankan": .lkr, "nepali": .npr, "nepalese": .npr, "egyptian": .egp, "jordanian": .jod,
    "kuwaiti": .kwd, "taiwan": .twd, "taiwanese": .twd, "kenyan": .kes, "ugandan": .ugx,
    "tanzanian": .tzs, "american": .usd, "hungarian": .huf, "serbian": .rsd,
  ]

  /// The currency of a nationality and currency word at `index` (`Danish
  /// kroner`), and the index after them.
  private static func nationalCurrency(
    _ reading: ReplyReading, at index: Int, limit: Int
  ) -> (Currency, Int)? {
    guard let national = nationalCurrencies[reading.words[index]], index + 1 < limit,
      areAdjacent(reading.tokens[index], reading.tokens[index + 1]),
      namedCurrency(reading.words[index + 1], default: national) != nil
        || reading.isCurrency(index + 1)
    else { return nil }
    return (national, index + 2)
  }

  /// Whether `for` at `index` is "four" misheard before `hundred` ("pay the
  /// for hundred and fifty quid", as voice typing writes it).
  private static func isMisheardFour(_ reading: ReplyReading, at index: Int, limit: Int) -> Bool {
    reading.words[index] == "for" && index + 1 < limit && reading.words[index + 1] == "hundred"
  }

  /// Words after a number that say how it was paid, so it is money: `375 via
  /// paypal`, `250 cash app`, `500 by Zelle`.
  static let paymentRoutes: Set<String> = [
    "via", "cash", "cashapp", "paypal", "venmo", "zelle", "revolut", "gcash", "mpesa", "upi",
    "paytm", "gpay", "bkash", "interac", "etransfer", "e-transfer",
  ]

  /// Whether token `index` is a currency symbol or code that may stand before a number.
  private static func isSymbolBefore(_ reading: ReplyReading, _ index: Int) -> Bool {
    reading.isCurrency(index) || CurrencyMarker.prefixOnly.contains(reading.words[index])
      || reading.words[index] == "s"  // `S/ 3,200`, checked by the gap after it
  }

  /// Symbols several currencies share, which a code or word after the amount
  /// settles (`$18,500 MXN`, `Rs. 75,000 (LKR)`, `3.500 kr. (DKK)`, `$7,200 pesos`).
  static let settledSymbols: Set<String> = ["$", "rs", "kr", "dollars", "dollar", "bucks", "pesos"]

  /// Countries written after a `$` amount (`2 450,00 $ CA`) or after `dollars` and `bucks`.
  static let dollarCountries: [String: Currency] = [
    "ca": .cad, "canadian": .cad, "au": .aud, "aus": .aud, "australian": .aud,
    "nz": .nzd, "kiwi": .nzd, "us": .usd, "american": .usd, "sg": .sgd, "singapore": .sgd,
    "hk": .hkd,
  ]

  /// `mention`, read with the currency a code or word after it names when its
  /// symbol at `symbol` is one several currencies share; also when reading with
  /// the shared symbol alone failed (`3.500 kr. (DKK)`).
  private static func renamed(
    _ mention: ReplyMention<Money>?, number: Range<Int>, symbol: Int, in reading: ReplyReading,
    default currency: Currency, limit: Int
  ) -> ReplyMention<Money>? {
    guard settledSymbols.contains(reading.words[symbol]) else { return mention }
    let first = mention?.first ?? min(symbol, number.lowerBound)
    var index = max(symbol, number.upperBound - 1) + 1
    var named: Currency?
    var end = index
    // Only brackets and a period may stand between: `$480 (NZD)`, `kr. (DKK)`.
    func isNext(_ at: Int) -> Bool {
      guard at < limit, reading.tokens[at].line == reading.tokens[symbol].line else {
        return false
      }
      let gap = reading.gap(before: at)
      return gap.count <= 4 && gap.allSatisfy { " (.".contains($0) }
    }
    let current = mention?.value.currency ?? currency
    if isNext(index), let word = namedCurrency(reading.words[index], default: current) {
      named = word
      index += 1
      end = index
    }
    if isNext(index) {
      let word = reading.words[index]
      // As written: the text core reads `CA` as "can" (from "ca n't").
      let written = reading.tokenized.writtenWord(index).lowercased()
      let dollarWord = reading.words[symbol] == "$" || dollarLike.contains(named ?? current)
      if let code = (reading.isCurrency(index) ? Currency.named(word) : nil)
        ?? capitalCode(reading, index) ?? (dollarWord ? dollarCountries[written] : nil)
      {
        named = code
        end = index + 1
      }
    }
    guard let named, named != mention?.value.currency,
      let reread = read(reading, first: number.lowerBound, end: number.upperBound, currency: named)
    else {
      return mention.map {
        ReplyMention(value: $0.value, first: first, end: end, isAmbiguous: false)
      }
    }
    let value = scaled(reread, in: reading, limit: limit).value
    return ReplyMention(value: value, first: first, end: end, isAmbiguous: false)
  }

  /// An amount counted in ten thousands with its currency (`12万円`, `3万元`, `240만원`).
  private static func tenThousands(_ word: String) -> Money? {
    let number = word.prefix { $0.isASCIIDigit || $0 == "." }
    let currency: Currency
    switch word.dropFirst(number.count) {
    case "万円": currency = .jpy
    case "万元": currency = .cny
    case "만원": currency = .krw
    default: return nil
    }
    // "2.3万元" is 23,000 yuan: up to four decimals of ten thousand.
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]) else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.count <= 4, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    let tail = (Int64(fraction) ?? 0) * [1_000, 100, 10, 1][max(fraction.count - 1, 0)]
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: 10_000)
    guard !overflow else { return nil }
    return try? MoneyParser.parse(String(scaled + tail), defaultCurrency: currency)
  }

  /// Currencies written with a `$`, whose country may follow the amount.
  static let dollarLike: Set<Currency> = [.usd, .cad, .aud, .nzd, .sgd, .hkd]

  /// The currency of an ISO code written in capitals at `index`, also one that
  /// is an English word in lower case (`1500 TRY`, `350 PEN`).
  private static func capitalCode(_ reading: ReplyReading, _ index: Int) -> Currency? {
    let written = reading.tokenized.writtenWord(index)
    guard written.count == 3, written.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      return nil
    }
    return Currency.named(written)
  }

  /// An amount whose currency is written in letters joined to its number
  /// (`RM2,300`, `R8,750.00`, `R15k`, `R4 500`).
  private static func amountWithLetterSymbol(
    _ reading: ReplyReading, at index: Int, limit: Int
  ) -> ReplyMention<Money>? {
    let word = reading.words[index]
    guard let first = word.first, first.isLetter, word.contains(where: \.isASCIIDigit) else {
      return nil
    }
    let token = reading.tokens[index]
    var end = index + 1
    let digits = word.drop(while: \.isLetter)
    if digits.count <= 3, digits.allSatisfy(\.isASCIIDigit) {
      while end < limit, reading.tokens[end].start - reading.tokens[end - 1].end == 1,
        reading.tokens[end].line == token.line, isDigitGroup(reading.words[end])
      {
        end += 1
      }
    }
    let text = reading.tokenized.text(token.start..<reading.tokens[end - 1].end)
    guard let money = try? MoneyParser.parse(text, defaultCurrency: nil), !money.isZero else {
      return nil
    }
    return ReplyMention(value: money, first: index, end: end, isAmbiguous: false)
  }

  /// `mention` multiplied by the multiplier word right after it, if any.
  private static func scaled(
    _ mention: ReplyMention<Money>, in reading: ReplyReading, limit: Int
  ) -> ReplyMention<Money> {
    let next = mention.end
    guard next < limit, areAdjacent(reading.tokens[next - 1], reading.tokens[next]),
      let factor = factor(reading.words[next], currency: mention.value.currency),
      let value = try? mention.value.multiplied(by: factor)
    else { return mention }
    return ReplyMention(value: value, first: mention.first, end: next + 1, isAmbiguous: false)
  }

  /// The last of `amounts` written as a sum's result (`24 hours x 45 € =
  /// 1.080 €`): what will be paid, rather than a rate or a count before it.
  static func sumResult(
    _ amounts: [ReplyMention<Money>], in reading: ReplyReading
  ) -> ReplyMention<Money>? {
    amounts.last {
      $0.first > 0
        && reading.gap(before: $0.first)
          .contains("=")
    }
  }

  /// The number written right after the currency at `index`, also past an
  /// abbreviating period (`Rs. 45,000`).
  private static func numberAfterCurrency(
    _ reading: ReplyReading, _ index: Int, _ range: Range<Int>
  ) -> Int? {
    let next = index + 1
    guard next < range.upperBound, reading.isNumber(next),
      reading.tokens[next].line == reading.tokens[index].line,
      (["", " ", ".", ". "] + (reading.words[index] == "s" ? ["/", "/ "] : [])).contains(
        reading.gap(before: next))
    else { return nil }
    return next
  }

  /// The end of the number starting at `start`, taking in groups of three
  /// digits written after a space (`2 300`, `3 600,00`).
  private static func groupEnd(_ reading: ReplyReading, from start: Int, limit: Int) -> Int {
    var end = start + 1
    guard reading.words[start].count <= 3, reading.words[start].allSatisfy(\.isASCIIDigit)
    else { return end }
    while end < limit, reading.tokens[end].start - reading.tokens[end - 1].end == 1,
      reading.tokens[end].line == reading.tokens[end - 1].line,
      isDigitGroup(reading.words[end])
    {
      end += 1
    }
    return end
  }

  /// `text` as money; when ``MoneyParser`` refuses a lone separator before
  /// three digits as the currency's own decimal mark (`€2,000`, `1.200 GBP`),
  /// it is read as grouping, as a client writing an amount means it.
  private static func parse(_ text: String, currency: Currency) -> Money? {
    if let money = try? MoneyParser.parse(text, defaultCurrency: currency) { return money }
    let characters = Array(text)
    let separators = characters.indices.filter { ",.".contains(characters[$0]) }
    guard separators.count == 1, let mark = separators.first, mark > 0,
      characters[mark - 1].isASCIIDigit, mark + 3 < characters.count + 1,
      characters[(mark + 1)...].prefix(while: \.isASCIIDigit).count == 3
    else { return nil }
    var grouped = characters
    grouped.remove(at: mark)
    return try? MoneyParser.parse(String(grouped), defaultCurrency: currency)
  }

  /// Whether `word` is three digits, perhaps with decimals (`300`, `600,00`).
  private static func isDigitGroup(_ word: String) -> Bool {
    let characters = Array(word)
    guard characters.count >= 3, characters.prefix(3).allSatisfy(\.isASCIIDigit) else {
      return false
    }
    if characters.count == 3 { return true }
    return characters.count <= 6 && ",.".contains(characters[3])
      && characters.dropFirst(4).allSatisfy(\.isASCIIDigit)
  }

  /// Verbs after which a bare number is the amount paid.
  static let paymentVerbs: Set<String> = [
    "pay", "paying", "paid", "send", "sending", "sent", "transfer", "transferring",
    "transferred", "wire", "wiring", "wired", "settle", "settling", "settled", "remit",
    "remitting", "remitted", "chuck", "chucking", "chucked", "bung", "bunging", "bunged", "do",
    "put", "putting", "venmo", "zelle", "paypal", "etransfer", "e-transfer", "owe", "owes",
  ]

  /// Words that may stand between a payment verb and its amount.
  static let amountFillers: Set<String> = ["the", "a", "another", "you", "u"]

  /// Words after a number that make it something other than money.
  static let units: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "hr",
    "hrs", "min", "mins", "minute", "minutes", "percent", "%", "pm", "am", "invoice",
    "invoices", "item", "items", "unit", "units", "piece", "pieces", "time", "times", "people",
    "x", "instalments", "installments", "payments", "parts", "of",
  ]

  /// Whether the plain number `tokens[first..<end]` is money by its place:
  /// after a payment verb or `amount of`, at least 10, with no unit after.
  private static func isBareAmount(
    _ reading: ReplyReading, first: Int, end: Int, limit: Int
  ) -> Bool {
    let word = reading.words[first]
    guard word.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }),
      let leading = Int(word.prefix { $0.isASCIIDigit }), leading >= 10 || word.count >= 5
    else { return false }
    if end < limit, reading.tokens[end].sentence == reading.tokens[first].sentence,
      units.contains(reading.words[end])
    {
      return false
    }
    if end == first + 1, isGroupedThousands(word) { return true }
    // "sending tonight, 375 via paypal", "250 cash app"
    if end < limit, reading.tokens[end].sentence == reading.tokens[first].sentence,
      paymentRoutes.contains(reading.words[end])
    {
      return true
    }
    return followsPaymentVerb(reading, first)
  }

  /// Whether the number at `first` comes right after a payment verb or
  /// `amount of`, with at most two of ``amountFillers`` between.
  private static func followsPaymentVerb(_ reading: ReplyReading, _ first: Int) -> Bool {
    var back = first - 1
    while back >= 0, first - back <= 2, amountFillers.contains(reading.words[back]) { back -= 1 }
    guard back >= 0, reading.tokens[back].sentence == reading.tokens[first].sentence else {
      return false
    }
    if paymentVerbs.contains(reading.words[back]) { return true }
    return reading.words[back] == "of" && back > 0 && reading.words[back - 1] == "amount"
  }

  /// Whether `word` is a whole number of at least a thousand written with
  /// grouping marks (`1,275`, `12.500`): a sum of money in a reply, as
  /// references and counts are not written that way.
  private static func isGroupedThousands(_ word: String) -> Bool {
    let groups = word.split(separator: ",", omittingEmptySubsequences: false)
    let dotted = word.split(separator: ".", omittingEmptySubsequences: false)
    let parts = groups.count > 1 ? groups : dotted
    guard parts.count > 1, groups.count == 1 || dotted.count == 1,
      let first = parts.first, (1...3).contains(first.count), first.first != "0"
    else { return false }
    return parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
      && parts.dropFirst().allSatisfy { $0.count == 3 }
  }

  /// Numbers written as words, for amounts such as "five hundred quid".
  static let wordValues: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// An amount written in words: "five hundred quid", "two grand", "a
  /// thousand euros", "twelve hundred and fifty dollars". Words alone are
  /// money only with a currency word after them, or as "grand".
  private static func amountInWords(
    _ reading: ReplyReading, from start: Int, limit: Int, currency: Currency
  ) -> ReplyMention<Money>? {
    var total = 0
    var current = 0
    var index = start
    var sawNumber = false
    while index < limit, reading.tokens[index].sentence == reading.tokens[start].sentence {
      let word = reading.words[index]
      if index == start, isMisheardFour(reading, at: index, limit: limit) {
        current = 4
        sawNumber = true
      } else if let value = wordValues[word], index == start + 1, value >= 20, value % 10 == 0,
        (1...19).contains(current), reading.words[start] != "a"
      {
        // "the three fifty", "twelve fifty": hundreds, as people say prices.
        current = current * 100 + value
      } else if let value = wordValues[word] {
        current += value
        sawNumber = true
      } else if word == "hundred", sawNumber {
        current = max(current, 1) * 100
      } else if word == "and", sawNumber, index + 3 < limit,
        reading.words[index + 1] == "a", reading.words[index + 2] == "half",
        ["thousand", "grand"].contains(reading.words[index + 3])
      {
        // "two and a half grand"
        total += 500
        index += 2
      } else if let factor = multipliers[word], sawNumber {
        total += max(current, 1) * Int(factor)
        current = 0
        if word == "grand" {
          index += 1
          break
        }
      } else if word == "and", sawNumber, index + 1 < limit,
        wordValues[reading.words[index + 1]] != nil
      {
        // "a hundred and fifty"
      } else {
        break
      }
      index += 1
    }
    let value = total + current
    guard value >= 10 else { return nil }
    let isGrand = reading.words[index - 1] == "grand"
    var named: Currency? = isGrand ? currency : nil
    var end = index
    if !isGrand, index < limit, let word = namedCurrency(reading.words[index], default: currency) {
      named = word
      end = index + 1
    }
    // "I'll transfer fourteen hundred tomorrow": words as a bare amount.
    if named == nil, value >= 100, followsPaymentVerb(reading, start) { named = currency }
    // "The full seven hundred."
    if named == nil, value >= 100, start > 0, reading.words[start - 1] == "full" {
      named = currency
    }
    // "Seven hundred fifty will be in your account tomorrow."
    if named == nil, value >= 100, index + 2 < limit, reading.words[index] == "will",
      reading.words[index + 1] == "be", ["in", "with"].contains(reading.words[index + 2])
    {
      named = currency
    }
    // "I will send the check on Thursday for two thousand three hundred."
    if named == nil, value >= 100, start > 0, reading.words[start - 1] == "for",
      reading.sentence(of: start).contains(where: { chequeWords.contains(reading.words[$0]) })
    {
      named = currency
    }
    guard let named, let money = try? MoneyParser.parse(String(value), defaultCurrency: named)
    else { return nil }
    return ReplyMention(value: money, first: start, end: end, isAmbiguous: false)
  }

  /// Words that make "for" and an amount in words the sum paid: "the check … for two thousand".
  static let chequeWords: Set<String> = ["check", "cheque", "payment", "transfer", "deposit"]

  /// The currency a word after a number names (`euros`, `quid`), or nil.
  /// Dollars and bucks take the reply's own currency when it is a dollar.
  static func namedCurrency(_ word: String, default currency: Currency) -> Currency? {
    switch word {
    case "euro", "euros": return .eur
    case "pound", "pounds", "quid": return .gbp
    case "dollar", "dollars", "bucks":
      return [Currency.usd, .aud, .cad, .nzd, .sgd, .hkd].contains(currency) ? currency : .usd
    case "rupee", "rupees": return .inr
    case "naira": return .ngn
    case "peso", "pesos": return currency == .php ? .php : .mxn
    case "real", "reais": return .brl
    case "zloty", "zlotys", "złoty", "złotych": return .pln
    case "rand": return .zar
    case "lira": return .`try`
    case "yuan", "rmb": return .cny
    case "tl": return .`try`
    case "won": return .krw
    case "hryvnia", "hryvnias", "hryvnas", "грн", "гривень": return .uah
    case "ruble", "rubles", "rouble", "roubles", "руб", "рублей": return .rub
    case "cedi", "cedis": return .ghs
    case "taka": return .bdt
    case "baht": return .thb
    case "ringgit": return .myr
    case "dirham", "dirhams": return .aed
    case "shekel", "shekels": return .ils
    case "rupiah": return .idr
    case "shilling", "shillings", "ksh": return .kes
    case "dong": return .vnd
    case "yen": return .jpy
    case "franc", "francs", "franken": return .chf
    case "krónur", "kronur", "króna": return .isk
    case "canadian": return .cad
    case "kronor", "krona": return .sek
    case "kroner", "krone": return .nok
    case "koruna", "korun": return .czk
    case "forint": return .huf
    case "dinara": return .rsd
    case "tenge": return .kzt
    case "riyal", "riyals": return .sar
    case "birr": return .etb
    case "sol", "soles": return .pen
    default: return nil
    }
  }

  /// Whether two tokens sit on one line with at most one space between them.
  private static func areAdjacent(_ left: TextToken, _ right: TextToken) -> Bool {
    left.line == right.line && right.start - left.end <= 1
  }

  /// Letters joined to a symbol that make it another currency's (`US$`, `C$`, `E£`).
  static let joinedPrefixes: [String: Set<String>] = [
    "$": ["us", "c", "ca", "a", "au", "nz", "s", "hk", "mx", "r", "nt"], "£": ["e"],
  ]

  /// Reads the written text of `tokens[first..<end]` as money, with a letter
  /// prefix such as `US` or `C` joined to a `$` sign.
  private static func read(
    _ reading: ReplyReading, first: Int, end: Int, currency: Currency
  ) -> ReplyMention<Money>? {
    let tokens = reading.tokens
    var first = first
    var currency = currency
    var textStart = first
    if let prefixes = joinedPrefixes[reading.words[first]], first > 0,
      tokens[first - 1].line == tokens[first].line
    {
      let before = reading.words[first - 1]
      let isPrefix = tokens[first - 1].end == tokens[first].start && prefixes.contains(before)
      // "MXN $12,400": the code says which dollar or peso.
      let isCode =
        reading.words[first] == "$" && tokens[first].start - tokens[first - 1].end <= 1
        && before.count == 3 && reading.isCurrency(first - 1)
      if isPrefix { textStart -= 1 }
      if isCode, let named = Currency.named(before) { currency = named }
      if isPrefix || isCode { first -= 1 }
    }
    let text = reading.tokenized.text(tokens[textStart].start..<tokens[end - 1].end)
    guard let money = parse(text, currency: currency), !money.isZero else { return nil }
    return ReplyMention(value: money, first: first, end: end, isAmbiguous: false)
  }
}
