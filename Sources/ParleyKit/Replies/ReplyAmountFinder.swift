/// Finds amounts of money in a reply, using ``MoneyParser`` for every reading.
///
/// An amount is a number with a currency next to it: a symbol before (`£1,200`,
/// `$ 500`, `US$5`), a code before or after (`EUR 850`, `1.200,00 EUR`), or a
/// code or `k` inside the number (`1200gbp`, `£1.2k`), or a currency word after
/// (`800 euro`, `150 pounds`, `250 quid`, `600 bucks`). A bare number (`pay 500`)
/// is never read as money: too many numbers in replies are invoice numbers,
/// hours or days.
enum ReplyAmountFinder {
  /// Every amount in `tokens[range]`, in reading order.
  static func amounts(
    in reading: ReplyReading, range: Range<Int>, currency: Currency
  ) -> [ReplyMention<Money>] {
    let tokens = reading.tokens
    var result: [ReplyMention<Money>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let next = index + 1
      let hasNext = next < range.upperBound && areAdjacent(tokens[index], tokens[next])
      var found: ReplyMention<Money>?
      if reading.isCurrency(index), hasNext, reading.isNumber(next) {
        found = read(reading, first: index, end: index + 2, currency: currency)
      } else if reading.isNumber(index) {
        if hasNext, reading.isCurrency(next), reading.words[next].count == 3 {
          found = read(reading, first: index, end: index + 2, currency: currency)
        } else if hasNext, let named = namedCurrency(reading.words[next], default: currency) {
          found = read(reading, first: index, end: index + 1, currency: named)
            .map { ReplyMention(value: $0.value, first: index, end: index + 2, isAmbiguous: false) }
        } else if reading.words[index].last?.isLetter == true {
          found = read(reading, first: index, end: index + 1, currency: currency)
        }
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

  /// The currency a word after a number names (`euros`, `quid`), or nil.
  /// Dollars and bucks take the reply's own currency when it is a dollar.
  static func namedCurrency(_ word: String, default currency: Currency) -> Currency? {
    switch word {
    case "euro", "euros": return .eur
    case "pound", "pounds", "quid": return .gbp
    case "dollar", "dollars", "bucks":
      return [Currency.usd, .aud, .cad, .nzd].contains(currency) ? currency : .usd
    default: return nil
    }
  }

  /// Whether two tokens sit on one line with at most one space between them.
  private static func areAdjacent(_ left: TextToken, _ right: TextToken) -> Bool {
    left.line == right.line && right.start - left.end <= 1
  }

  /// Reads the written text of `tokens[first..<end]` as money, with a letter
  /// prefix such as `US` or `C` joined to a `$` sign.
  private static func read(
    _ reading: ReplyReading, first: Int, end: Int, currency: Currency
  ) -> ReplyMention<Money>? {
    let tokens = reading.tokens
    var first = first
    if reading.words[first] == "$", first > 0, tokens[first - 1].line == tokens[first].line,
      tokens[first - 1].end == tokens[first].start,
      ["us", "c", "ca", "a", "au", "nz"].contains(reading.words[first - 1])
    {
      first -= 1
    }
    let text = reading.tokenized.text(tokens[first].start..<tokens[end - 1].end)
    guard let money = try? MoneyParser.parse(text, defaultCurrency: currency), !money.isZero
    else { return nil }
    return ReplyMention(value: money, first: first, end: end, isAmbiguous: false)
  }
}
