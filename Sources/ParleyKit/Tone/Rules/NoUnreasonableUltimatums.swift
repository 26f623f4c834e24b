/// Give a reasonable time to pay: at least 7 days.
///
/// "Within 24 hours", "by tonight" or "by Friday" cannot be met by most
/// accounts departments, and a deadline that cannot be met reads as a threat.
/// A deadline counts when it is for payment (a word about paying comes before
/// it in the sentence), so "let me know by Friday" is fine. A date is judged
/// against ``ToneContext/today``; without it, only deadlines that are always
/// short (tonight, tomorrow, a weekday, hours) are flagged.
///
/// Lint: A payment deadline under 7 days (or 5 business days), "last chance"
/// or "no excuses" is a warning.
struct NoUnreasonableUltimatums: CheckingRule {
  var category: ToneCategory { .ultimatum }
  var policy: String { "Give a reasonable time to pay: at least 7 days." }

  /// The shortest reasonable payment deadline, in days.
  static let minimumDays = 7
  /// The shortest reasonable payment deadline, in business days.
  static let minimumBusinessDays = 5

  var phrases: [TonePhrase] { Self.table }

  private static let table: [TonePhrase] = [
    TonePhrase("last|final chance|opportunity", .warn, .lastChance, fix: .removeSentence),
    TonePhrase("no more? excuses", .warn, .lastChance, fix: .remove),
    TonePhrase("right now|this instant", .warn, .shortDeadline, fix: .remove),
  ]

  static let words = [
    "within", "in", "the", "next", "you", "have", "give", "giving", "gave", "by", "before",
    "until", "till", "tonight", "today", "tomorrow", "eod", "cob", "noon", "midday",
    "lunchtime", "lunch", "this", "afternoon", "evening", "morning", "week", "weekend", "end",
    "close", "of", "day", "days", "business", "play", "month", "hour", "hours", "hr", "hrs",
    "h", "working", "weeks", "fortnight", "fortnights", "months", "year", "years", "few",
    "couple", "am", "pm", "later", "than", "no", "an", "a",
  ]

  var extraWords: [String] { Self.words }

  private static let ids = Ids()

  /// The words the rule reads, by id.
  private struct Ids {
    let by = WordSet(words: ["by", "before", "until", "till"])
    let within = ToneEngine.shared.lexicon.id("within")
    let inWord = ToneEngine.shared.lexicon.id("in")
    let the = ToneEngine.shared.lexicon.id("the")
    let next = ToneEngine.shared.lexicon.id("next")
    let you = ToneEngine.shared.lexicon.id("you")
    let have = ToneEngine.shared.lexicon.id("have")
    let give = WordSet(words: ["give", "giving", "gave"])
    let no = ToneEngine.shared.lexicon.id("no")
    let later = ToneEngine.shared.lexicon.id("later")
    let than = ToneEngine.shared.lexicon.id("than")
    let alwaysShort = WordSet(words: [
      "tonight", "today", "tomorrow", "eod", "cob", "noon", "midday", "lunchtime", "lunch",
    ])
    let this = ToneEngine.shared.lexicon.id("this")
    let thisShort = WordSet(words: ["afternoon", "evening", "morning", "week", "weekend"])
    let end = WordSet(words: ["end", "close"])
    let of = ToneEngine.shared.lexicon.id("of")
    let endShort = WordSet(words: ["day", "business", "play", "today", "week", "weekend"])
    let month = ToneEngine.shared.lexicon.id("month")
    let hours = WordSet(words: ["hour", "hours", "hr", "hrs", "h"])
    let days = WordSet(words: ["day", "days"])
    let business = WordSet(words: ["business", "working"])
    let few = ToneEngine.shared.lexicon.id("few")
    let couple = ToneEngine.shared.lexicon.id("couple")
    let meridiem = WordSet(words: ["am", "pm"])
    let today = ToneEngine.shared.lexicon.id("today")
    let tonight = ToneEngine.shared.lexicon.id("tonight")
  }

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    reportPhrases(text, matches: matches, into: &findings)
    let ids = Self.ids
    let tokens = text.tokens
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isQuoted {
        index += 1
        continue
      }
      var found: Range<Int>?
      if token.id == ids.within || isInTheNext(text, index) {
        let start = token.id == ids.within ? index + 1 : index + 3
        if let end = shortDuration(text, from: start), hasPayment(text, around: index) {
          found = index..<end
        }
      } else if token.id == ids.you, next(text, index, is: ids.have) {
        if let end = shortDuration(text, from: index + 2) { found = index..<end }
      } else if ids.give.contains(token.id), next(text, index, is: ids.you) {
        if let end = shortDuration(text, from: index + 2) { found = index..<end }
      } else if ids.by.contains(token.id) || isNoLaterThan(text, index) {
        let start = ids.by.contains(token.id) ? index + 1 : index + 3
        if let end = shortDeadline(text, from: start, context: context),
          hasPayment(text, before: index)
        {
          found = index..<end
        }
      } else if token.id == ids.today || token.id == ids.tonight,
        index == 0 || !ids.by.contains(tokens[index - 1].id),
        hasPayment(text, before: index, within: 3)
      {
        found = index..<(index + 1)
      }
      if let found {
        findings.append(
          RawFinding(
            severity: .warn, offsets: text.offsets(found.lowerBound, found.upperBound - 1),
            message: .shortDeadline, fix: .replace("within 14 days")))
        index = found.upperBound
      } else {
        index += 1
      }
    }
  }

  private func next(_ text: TokenizedText, _ index: Int, is id: Int32) -> Bool {
    index + 1 < text.tokens.count && text.tokens[index + 1].id == id
      && text.tokens[index + 1].sentence == text.tokens[index].sentence
  }

  private func isInTheNext(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].id == Self.ids.inWord && next(text, index, is: Self.ids.the)
      && next(text, index + 1, is: Self.ids.next)
  }

  private func isNoLaterThan(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].id == Self.ids.no && next(text, index, is: Self.ids.later)
      && next(text, index + 1, is: Self.ids.than)
  }

  /// The token index after a duration too short to pay in ("24 hours",
  /// "3 days", "the hour"), or nil.
  private func shortDuration(_ text: TokenizedText, from start: Int) -> Int? {
    let ids = Self.ids
    let tokens = text.tokens
    guard start < tokens.count, start > 0, tokens[start].sentence == tokens[start - 1].sentence
    else { return nil }
    var value: Int?
    var unitIndex = start + 1
    var unitInToken: String?
    let token = tokens[start]
    if token.flags.contains(.hasDigit) {
      let word = text.text(token.start..<token.end).lowercased()
      let digits = word.prefix(while: \.isNumber)
      value = Int(digits)
      let rest = word.dropFirst(digits.count)
      if !rest.isEmpty { unitInToken = String(rest) }
    } else if token.id == ids.the {
      value = 1
    } else if let number = text.lexicon.numberValue(token.id) {
      value = number
      if unitIndex < tokens.count,
        tokens[unitIndex].id == ids.few || tokens[unitIndex].id == ids.couple
      {
        value = tokens[unitIndex].id == ids.few ? 3 : 2
        unitIndex += 1
        if unitIndex < tokens.count, tokens[unitIndex].id == ids.of { unitIndex += 1 }
      }
    }
    guard let amount = value else { return nil }
    if let unit = unitInToken {
      return ["h", "hr", "hrs", "hour", "hours"].contains(unit) && amount < 7 * 24
        ? start + 1 : nil
    }
    guard unitIndex < tokens.count, tokens[unitIndex].sentence == token.sentence else {
      return nil
    }
    let unit = tokens[unitIndex].id
    if ids.hours.contains(unit) { return amount < 7 * 24 ? unitIndex + 1 : nil }
    if ids.days.contains(unit) { return amount < Self.minimumDays ? unitIndex + 1 : nil }
    if ids.business.contains(unit), unitIndex + 1 < tokens.count,
      ids.days.contains(tokens[unitIndex + 1].id)
    {
      return amount < Self.minimumBusinessDays ? unitIndex + 2 : nil
    }
    return nil
  }

  /// The token index after a deadline less than 7 days away ("tonight",
  /// "Friday", "4 December" when today is 1 December), or nil.
  private func shortDeadline(_ text: TokenizedText, from start: Int, context: ToneContext) -> Int? {
    let ids = Self.ids
    let tokens = text.tokens
    guard start < tokens.count, start > 0, tokens[start].sentence == tokens[start - 1].sentence
    else { return nil }
    let sentence = tokens[start].sentence
    func at(_ offset: Int) -> Int32 {
      let index = start + offset
      return index < tokens.count && tokens[index].sentence == sentence ? tokens[index].id : -1
    }
    let first = tokens[start]
    if ids.alwaysShort.contains(first.id) { return start + 1 }
    if first.id == ids.this, ids.thisShort.contains(at(1)) { return start + 2 }
    if ids.end.contains(first.id), at(1) == ids.of {
      let skip = at(2) == ids.the || at(2) == ids.this ? 3 : 2
      if ids.endShort.contains(at(skip)) { return start + skip + 1 }
      if at(skip) == ids.month, context.today != nil {
        return parsedSoon(text, start..<(start + skip + 1), context) ? start + skip + 1 : nil
      }
      return nil
    }
    if text.wordFlags(start).contains(.weekday) {
      // "by Thursday 17 December 2026" names a date: judge the date, not the weekday.
      guard start + 1 < tokens.count, tokens[start + 1].sentence == sentence,
        tokens[start + 1].flags.contains(.hasDigit)
      else { return start + 1 }
      guard context.today != nil else { return nil }
      for length in stride(from: 4, through: 2, by: -1) {
        let end = start + length
        guard end <= tokens.count, tokens[end - 1].sentence == sentence,
          let days = daysAhead(text, start..<end, context)
        else { continue }
        return days >= 0 && days < Self.minimumDays ? end : nil
      }
      return nil
    }
    if first.id == ids.this, at(1) >= 0, text.lexicon.flags(at(1)).contains(.weekday) {
      return start + 2
    }
    if first.flags.contains(.hasDigit) {
      let word = text.text(first.start..<first.end).lowercased()
      if word.hasSuffix("am") || word.hasSuffix("pm") || word.contains(":") {
        return start + 1
      }
      if ids.meridiem.contains(at(1)) { return start + 2 }
    }
    guard context.today != nil else { return nil }
    let datelike =
      first.flags.contains(.hasDigit) || first.id == ids.next || first.id == ids.the
      || text.wordFlags(start).contains(.month)
    guard datelike else { return nil }
    var length = 4
    while length >= 1 {
      let end = start + length
      if end <= tokens.count, tokens[end - 1].sentence == sentence,
        parsedSoon(text, start..<end, context)
      {
        return end
      }
      length -= 1
    }
    return nil
  }

  /// Whether tokens `range` read as a day less than 7 days after today.
  private func parsedSoon(_ text: TokenizedText, _ range: Range<Int>, _ context: ToneContext)
    -> Bool
  {
    guard let days = daysAhead(text, range, context) else { return false }
    return days >= 0 && days < Self.minimumDays
  }

  /// How many days after today tokens `range` fall, when they read as a date.
  private func daysAhead(_ text: TokenizedText, _ range: Range<Int>, _ context: ToneContext) -> Int?
  {
    guard let today = context.today else { return nil }
    let phrase = text.text(
      text.tokens[range.lowerBound].start..<text.tokens[range.upperBound - 1].end)
    guard let parsed = try? DayParser.parse(phrase, today: today, order: context.dateOrder)
    else { return nil }
    return parsed.day.days(since: today)
  }

  /// Whether a word about paying, or an amount, comes before `index` in its
  /// sentence (within `limit` words, if given).
  private func hasPayment(_ text: TokenizedText, before index: Int, within limit: Int = 40) -> Bool
  {
    let sentence = text.tokens[index].sentence
    var back = index - 1
    while back >= 0, back >= index - limit, text.tokens[back].sentence == sentence {
      if text.wordFlags(back).contains(.payment) || text.tokens[back].flags.contains(.money) {
        return true
      }
      back -= 1
    }
    return false
  }

  /// Whether the sentence around `index` is about paying.
  private func hasPayment(_ text: TokenizedText, around index: Int) -> Bool {
    let sentence = text.sentences[Int(text.tokens[index].sentence)]
    for other in sentence.firstToken..<sentence.tokenEnd
    where text.wordFlags(other).contains(.payment) || text.tokens[other].flags.contains(.money) {
      return true
    }
    return false
  }
}

extension ToneMessage {
  fileprivate static let shortDeadline = ToneMessage(
    why: "A deadline under 7 days can't be met by most payment runs; it reads as a threat and "
      + "gives the client a reason to refuse.",
    alternative: "within 14 days",
    advice: DraftAdvice.firmReminder)
  fileprivate static let lastChance = ToneMessage(
    why: "\"Last chance\" and \"no excuses\" are ultimatums; they invite a standoff.",
    alternative: "Please let me know by return when I can expect payment.",
    advice: DraftAdvice.finalReminder)
}
