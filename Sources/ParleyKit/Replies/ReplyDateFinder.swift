/// Finds the days a reply names, using ``DayParser`` for everything it reads.
///
/// Tried at each token, longest first (four tokens down to one), within a sentence:
///
/// - Anything ``DayParser`` reads that starts with a weekday, a month, a number,
///   `the`, `in`, `end`, `this`, `next`, `coming`, `today` or `tomorrow`:
///   `Friday`, `next Friday`, `the 15th`, `15/12`, `10 December`, `Dec 31st`,
///   `end of the month`, `in 2 weeks`. A lone number must be a date (`15/12`) or
///   an ordinal (`15th`); `sat` and `sun` alone are not days.
/// - Phrases ``DayParser`` leaves to callers, read here by choice:
///   - `now`, `tonight`, `right now`, `straight away`, `EOD` — today; `EOW` —
///     the coming Friday; `EOM` — the month's last day.
///   - `Christmas`, `Xmas` — 25 December; `Christmas Eve` — the 24th.
///   - `wed`, `sat`, `sun`, `mon` after `on`, `by`, `until`, `paying`, `back`…
///   - `next week`, `early next week`, `start of next week` — the next Monday
///     (the earliest day it can mean, so a check-in is never early).
///   - `this week`, `end of the week`, `later this week` — the coming Friday.
///   - `end of next week` — the Friday after next Monday.
///   - `next month`, `early next month` — the 1st of next month.
///   - `within N days` — as `in N days`.
///
/// - Days of a payment already made, only when asked `includingPast`:
///   `yesterday`, `last night`, `last Friday` (the latest Friday before
///   today), `this morning`, `this arvo`, `earlier today` or `earlier`
///   alone, `just paid` (today), and any past date written out (`24
///   November`, `27.11.2026`).
/// - `I enclose a cheque`: paid with the letter, today.
/// - `next Friday` is the Friday of next week (weeks start on Monday), as the
///   labelling guide reads it; when this week's Friday is still to come it is
///   marked ambiguous, so the user confirms.
/// - `on 4.12`, `at 15.12`: a day and month with one dot, after `on`, `at`,
///   `by`, `until`, `before` or `from`, in the reply's date order.
///
/// Without `includingPast`, days before today are not mentioned.
enum ReplyDateFinder {
  /// Words a day phrase may start with, besides numbers, weekdays and months.
  static let starters: Set<String> = [
    "the", "in", "end", "this", "next", "coming", "today", "tomorrow", "tonight", "now",
    "right", "straight", "early", "start", "beginning", "later", "within", "christmas", "xmas",
    "eod", "eow", "eom", "day", "enclose", "enclosed", "enclosing", "before",
  ]

  /// Weekday abbreviations that are also everyday words, never a day alone.
  static let ambiguousAlone: Set<String> = ["sat", "sun", "mon", "wed"]

  /// Words a past day may start with (``days(in:range:today:order:includingPast:)``).
  static let pastStarters: Set<String> = ["yesterday", "last", "earlier", "just"]

  /// Every day named in `tokens[range]`, in reading order, not overlapping;
  /// days before today only when `includingPast`.
  static func days(
    in reading: ReplyReading, range: Range<Int>, today: Day, order: DateOrder,
    includingPast: Bool = false
  ) -> [ReplyMention<Day>] {
    var result: [ReplyMention<Day>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let found = day(
        in: reading, at: index, limit: range.upperBound, today: today, order: order,
        includingPast: includingPast)
      {
        let recent = ReplyClassifier.recent(found.value, today: today)
        if includingPast || recent >= today { result.append(found) }
        index = found.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// The day named starting at `start`, if any.
  private static func day(
    in reading: ReplyReading, at start: Int, limit: Int, today: Day, order: DateOrder,
    includingPast: Bool
  ) -> ReplyMention<Day>? {
    let word = reading.words[start]
    let before = start > 0 ? reading.words[start - 1] : ""
    // "last Nov 28", "last 11/27": a date, as some write a past one.
    let isLastDate =
      before == "last" && includingPast
      && (isMonthWord(word) || reading.isNumber(start) && word.contains { "/.".contains($0) })
    if ["last", "past", "previous", "a", "every", "each", "per"].contains(before), !isLastDate {
      return nil
    }
    if word == "a", start + 2 < limit, reading.words[start + 1] == "week",
      reading.words[start + 2] == "today"
    {
      // "a week today": seven days from now.
      return ReplyMention(
        value: today.adding(days: 7), first: start, end: start + 3, isAmbiguous: false)
    }
    if word == "now", !nowLeads.contains(before), start == 0 || !reading.isNumber(start - 1),
      !isPaymentUnderway(reading, before: start)
    {
      return nil
    }
    if let written = cjkDay(word, today: today) {
      return ReplyMention(value: written, first: start, end: start + 1, isAmbiguous: false)
    }
    let isPastStarter = includingPast && pastStarters.contains(word)
    guard reading.isNumber(start) || starters.contains(word) || isDayWord(word) || isPastStarter
    else { return nil }
    if let dotted = dottedDay(
      word, after: before, today: today, order: order, includingPast: includingPast)
    {
      return ReplyMention(value: dotted, first: start, end: start + 1, isAmbiguous: false)
    }
    // The sentence finder ends a sentence at `14.` in `14. 12. 2026`: read past it.
    if let spaced = spacedDottedDay(
      in: reading, at: start, limit: reading.tokens.count, today: today, order: order)
    {
      return spaced
    }
    if let weekday = weekday(named: word), !ambiguousAlone.contains(word),
      let dated = weekdayWithDate(weekday, in: reading, at: start, limit: limit, today: today)
    {
      return dated
    }
    if weekday(named: word) != nil, start + 1 < limit, reading.isNumber(start + 1),
      reading.tokens[start + 1].sentence == reading.tokens[start].sentence,
      reading.words[start + 1].contains(where: { "/.".contains($0) }),
      let parsed = try? DayParser.parse(reading.words[start + 1], today: today, order: order)
    {
      // "on Friday 27/11": the date says which Friday.
      return ReplyMention(
        value: parsed.day, first: start, end: start + 2, isAmbiguous: parsed.isAmbiguous)
    }
    if includingPast, let weekday = weekday(named: word), !ambiguousAlone.contains(word),
      start + 1 < limit, reading.words[start + 1] == "already"
    {
      // "an EFT on Friday already": the Friday just gone.
      return ReplyMention(
        value: today.previous(weekday), first: start, end: start + 2, isAmbiguous: false)
    }
    let tokens = reading.tokens
    let sentence = tokens[start].sentence
    var words: [String] = []
    var index = start
    // "Dec. 15" may run past the range, which ends with the sentence at "Dec.".
    while index < tokens.count, words.count < 5,
      index < limit && tokens[index].sentence == sentence
        || joinsAbbreviatedMonth(reading, at: index)
    {
      words.append(reading.words[index])
      index += 1
    }
    for position in words.indices where ordinalWords[words[position]] != nil {
      let next = position + 1 < words.count ? words[position + 1] : ""
      let previous = position > 0 ? words[position - 1] : ""
      if next == "of" || isDayWord(previous) && weekday(named: previous) == nil {
        words[position] = ordinalWords[words[position]] ?? words[position]
      }
    }
    if words.count > 1, isUnit(words[1]), reading.words[start].contains("-") { return nil }
    if includingPast, let (day, count) = pastPhrase(words, today: today) {
      return ReplyMention(value: day, first: start, end: start + count, isAmbiguous: false)
    }
    guard isPlausible(words) else { return nil }
    if let (day, count, isAmbiguous) = phrase(words, today: today) {
      return ReplyMention(
        value: day, first: start, end: start + count, isAmbiguous: isAmbiguous)
    }
    for count in stride(from: min(4, words.count), through: 1, by: -1) {
      let window = Array(words[..<count])
      guard isAcceptable(window) || count == 1 && isLedWeekday(reading, at: start) else {
        continue
      }
      let text = window.joined(separator: " ")
      guard let parsed = try? DayParser.parse(text, today: today, order: order) else { continue }
      return ReplyMention(
        value: parsed.day, first: start, end: start + count, isAmbiguous: parsed.isAmbiguous)
    }
    return nil
  }

  /// Words after which `now` is the day of paying: "pay now", "send it now".
  static let nowLeads: Set<String> = [
    "pay", "paying", "send", "sending", "transfer", "transferring", "it", "this", "that",
    "payment", "money", "balance", "invoice", "right", "just", "sent", "paid", "done",
    "transferred", "it's", "way", "there", "out", "over", "through", "across",
  ]

  /// Payment verbs of a payment under way or just made, which make a later
  /// `now` in their sentence the day of paying: "sent you 400 JD now",
  /// "paying £95 for the gutter clean now".
  static let underwayVerbs: Set<String> = [
    "paying", "sending", "transferring", "wiring", "sent", "paid", "transferred", "wired",
    "venmoing", "zelling",
  ]

  /// Whether a payment verb of ``underwayVerbs`` comes before `index` in its sentence.
  private static func isPaymentUnderway(_ reading: ReplyReading, before index: Int) -> Bool {
    let sentence = reading.tokens[index].sentence
    var back = index - 1
    while back >= 0, index - back <= 8, reading.tokens[back].sentence == sentence {
      if underwayVerbs.contains(reading.words[back]) { return true }
      back -= 1
    }
    return false
  }

  /// Words after which an abbreviation such as `wed` or `sat` is a day:
  /// "paying wed", "back Sat", "by mon".
  static let weekdayLeads: Set<String> = [
    "on", "by", "until", "till", "til", "before", "from", "this", "next", "paying", "pay", "back",
    "thru", "through",
  ]

  /// Whether the abbreviation at `index` (`wed`, `sat`) follows one of
  /// ``weekdayLeads`` with only a space between: "paying wed", not "pay, sat on it".
  private static func isLedWeekday(_ reading: ReplyReading, at index: Int) -> Bool {
    guard index > 0, ambiguousAlone.contains(reading.words[index]),
      weekdayLeads.contains(reading.words[index - 1])
    else { return false }
    return reading.gap(before: index) == " "
  }

  /// Ordinal words read as numbers: "the fifteenth of December".
  static let ordinalWords: [String: String] = [
    "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
    "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
    "twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th", "fifteenth": "15th",
    "sixteenth": "16th", "seventeenth": "17th", "eighteenth": "18th", "nineteenth": "19th",
    "twentieth": "20th", "thirtieth": "30th",
  ]

  /// Whether `word` measures time, so a number range before it (`1-2 working
  /// days`) is not a date.
  static func isUnit(_ word: String) -> Bool {
    ["day", "days", "working", "business", "week", "weeks", "hours", "months"].contains(word)
  }

  /// Whether token `index` opens a sentence only because the one before ended
  /// in an abbreviated month with a period ("Dec. 18th").
  private static func joinsAbbreviatedMonth(_ reading: ReplyReading, at index: Int) -> Bool {
    guard index > 0, reading.isNumber(index) else { return false }
    let month = reading.words[index - 1]
    return month.count <= 4 && isDayWord(month) && weekday(named: month) == nil
  }

  /// Count words `in` and `within` may take: `in a week`, `within two days`.
  static let countWords: Set<String> = [
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
  ]

  /// Whether the words at a position could start a day at all; checked first so
  /// that common words (`the`, `in`, `this`) rarely reach ``DayParser``.
  private static func isPlausible(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    let second = words.count > 1 ? words[1] : ""
    let isCount = second.first?.isASCIIDigit == true || countWords.contains(second)
    switch first {
    case "the": return second.first?.isASCIIDigit == true || second == "end" || second == "day"
    case "before": return second == "christmas" || second == "xmas"
    case "in", "within": return isCount
    case "end": return second == "of"
    case "this", "next", "coming":
      return isDayWord(second)
        || ["week", "month", "morning", "afternoon", "arvo", "evening"]
          .contains(second)
    case "early", "start", "beginning", "later", "right", "straight":
      return ["next", "of", "this", "now", "away"].contains(second)
    default: return true
    }
  }

  /// Whether a window is worth handing to ``DayParser``.
  private static func isAcceptable(_ window: [String]) -> Bool {
    guard let first = window.first else { return false }
    if window.count == 1 {
      if ambiguousAlone.contains(first) || first == "now" || first == "in" { return false }
      if first.first?.isASCIIDigit == true {
        let hasOrdinal = ["st", "nd", "rd", "th"].contains { first.hasSuffix($0) }
        let separators = first.filter { "/-.".contains($0) }
        let isNumericDate =
          separators.contains("/") || separators.contains("-") || separators.count == 2
        return hasOrdinal || isNumericDate
      }
    }
    if window.last == "ago" || first == "last" || first == "yesterday" { return false }
    return true
  }

  /// Words before a day and month written with one dot (`on 4.12`).
  static let dottedDayLeads: Set<String> = ["on", "at", "by", "until", "before", "from"]

  /// The day `word` names when it is a day and a month with one dot (`4.12`)
  /// after one of ``dottedDayLeads`` (or, for a past day, after a payment
  /// made: "was sent 26.11"), in `order`; the year is the one that makes it
  /// nearest today (at most half a year ahead).
  private static func dottedDay(
    _ word: String, after lead: String, today: Day, order: DateOrder, includingPast: Bool
  ) -> Day? {
    guard
      dottedDayLeads.contains(lead)
        || includingPast && ReplyReading.paymentMadeWords.contains(lead)
    else { return nil }
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }),
      let first = Int(parts[0]), let second = Int(parts[1])
    else { return nil }
    let (day, month) = order == .monthFirst ? (second, first) : (first, second)
    guard let thisYear = Day(year: today.year, month: month, day: day) else { return nil }
    return ReplyClassifier.recent(thisYear, today: today)
  }

  /// A date written with a dot and a space after the day and the month
  /// (`8. 12. 2026`, or `7. 12.` with the year nearest today), which the
  /// sentence finder splits.
  private static func spacedDottedDay(
    in reading: ReplyReading, at start: Int, limit: Int, today: Day, order: DateOrder
  ) -> ReplyMention<Day>? {
    if start + 1 < limit, reading.gap(before: start + 1) == ". ",
      reading.words[start].count <= 2, reading.words[start + 1].count <= 2,
      reading.words[start...(start + 1)].allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      followingText(reading, after: start + 1).hasPrefix("."),
      start + 2 >= reading.tokens.count || !reading.isNumber(start + 2),
      let first = Int(reading.words[start]), let second = Int(reading.words[start + 1])
    {
      let (day, month) = order == .monthFirst ? (second, first) : (first, second)
      guard let value = Day(year: today.year, month: month, day: day) else { return nil }
      return ReplyMention(
        value: ReplyClassifier.recent(value, today: today), first: start, end: start + 2,
        isAmbiguous: false)
    }
    guard start + 2 < limit else { return nil }
    let parts = (start...start + 2).map { reading.words[$0] }
    let gaps = (start + 1...start + 2).map { reading.gap(before: $0) }
    guard gaps.allSatisfy({ $0 == ". " || $0 == "." }),
      parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    let (day, month) = order == .monthFirst ? (second, first) : (first, second)
    guard let value = Day(year: year, month: month, day: day) else { return nil }
    return ReplyMention(value: value, first: start, end: start + 3, isAmbiguous: false)
  }

  /// The text after token `index`, up to the next token or the end.
  private static func followingText(_ reading: ReplyReading, after index: Int) -> String {
    if index + 1 < reading.tokens.count { return reading.gap(before: index + 1) }
    let end = reading.tokenized.string.utf8.count
    let start = reading.tokens[index].end
    return start < end ? reading.tokenized.text(start..<end) : ""
  }

  /// A day written the Chinese and Japanese way (`12月8日`), in the year that
  /// makes it nearest today.
  private static func cjkDay(_ word: String, today: Day) -> Day? {
    guard word.hasSuffix("日"), let mark = word.firstIndex(of: "月") else { return nil }
    let month = word[..<mark]
    let day = word[word.index(after: mark)...].dropLast()
    guard (1...2).contains(month.count), (1...2).contains(day.count),
      month.allSatisfy(\.isASCIIDigit), day.allSatisfy(\.isASCIIDigit),
      let value = Day(year: today.year, month: Int(month) ?? 0, day: Int(day) ?? 0)
    else { return nil }
    return ReplyClassifier.recent(value, today: today)
  }

  /// A weekday followed by its day of the month (`Monday 30`, `Friday the 4th`):
  /// the nearest day with that number that falls on that weekday.
  private static func weekdayWithDate(
    _ weekday: Weekday, in reading: ReplyReading, at start: Int, limit: Int, today: Day
  ) -> ReplyMention<Day>? {
    var index = start + 1
    if index < limit, reading.words[index] == "the" { index += 1 }
    guard index < limit, reading.tokens[index].sentence == reading.tokens[start].sentence
    else { return nil }
    let word = reading.words[index]
    let digits = word.prefix(while: \.isASCIIDigit)
    let suffix = word.dropFirst(digits.count)
    guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix),
      let number = Int(digits), index + 1 >= limit || !isDayWord(reading.words[index + 1])
    else { return nil }
    let candidates = (-1...1).compactMap { offset -> Day? in
      guard let month = today.checkedAddingMonths(offset, anchoredTo: 1) else { return nil }
      return Day(year: month.year, month: month.month, day: number)
    }
    guard
      let match = candidates.filter({ $0.weekday == weekday })
        .min(by: { abs($0.days(since: today)) < abs($1.days(since: today)) })
    else { return nil }
    return ReplyMention(value: match, first: start, end: index + 1, isAmbiguous: false)
  }

  /// Past-payment phrases: `yesterday`, `last Friday`, `this morning`, `just paid`.
  private static func pastPhrase(_ words: [String], today: Day) -> (Day, Int)? {
    guard let first = words.first else { return nil }
    let second = words.count > 1 ? words[1] : ""
    switch first {
    case "yesterday":
      return (today.adding(days: -1), 1)
    case "last" where second == "night":
      return (today.adding(days: -1), 2)
    case "last":
      guard let weekday = weekday(named: second) else { return nil }
      return (today.previous(weekday), 2)
    case "earlier" where second == "today":
      return (today, 2)
    case "earlier" where !["this", "in", "last", "that"].contains(second):
      return (today, 1)  // "sent it earlier"
    case "just" where justDone.contains(second):
      return (today, 2)
    case "just" where second == "e" && words.count > 2 && justDone.contains(words[2]):
      return (today, 3)  // "just e-transferred"
    case "this" where ["morning", "afternoon", "arvo", "evening"].contains(second):
      return (today, 2)
    default:
      return nil
    }
  }

  /// Past verbs after `just` that date a payment today: "just paid".
  static let justDone: Set<String> = [
    "paid", "sent", "transferred", "wired", "settled", "made", "done", "cleared", "remitted",
    "processed", "released", "now", "put", "flicked", "deposited", "pushed", "dropped",
    "credited", "did",
  ]

  /// The weekday a word names, in full or abbreviated.
  static func weekday(named word: String) -> Weekday? {
    Weekday.allCases.first {
      $0.name.lowercased() == word || $0.shortName.lowercased() == word
    }
  }

  /// Reads the phrases ``DayParser`` does not; returns the day, how many words
  /// it took, and whether it may mean another day.
  private static func phrase(_ words: [String], today: Day) -> (Day, Int, Bool)? {
    if words.count >= 3, words[1] == "next", words[2] == "week",
      let weekday = weekday(named: words[0])
    {
      // "Tuesday next week"
      return (today.next(.monday).next(weekday, includingThisDay: true), 3, false)
    }
    if words.count >= 2, words[1] == "week", let weekday = weekday(named: words[0]) {
      return (today.next(weekday).adding(days: 7), 2, false)
    }
    if words.count >= 2, words[0] == "next", let weekday = weekday(named: words[1]) {
      let coming = today.next(weekday)
      let nextWeek = today.next(.monday).next(weekday, includingThisDay: true)
      return (nextWeek, 2, coming != nextWeek)
    }
    if words.count >= 2, words[0] == "this",
      ["morning", "afternoon", "arvo", "evening"].contains(words[1])
    {
      return (today, 2, false)
    }
    // "the day 15": the 15th, as DayParser reads it (the next one on or after today).
    let dayAt = words.first == "the" ? 1 : 0
    if dayAt + 1 < words.count, words[dayAt] == "day", words[dayAt + 1].count <= 2,
      words[dayAt + 1].allSatisfy(\.isASCIIDigit),
      let parsed = try? DayParser.parse("the \(words[dayAt + 1])th", today: today, order: .dayFirst)
    {
      return (parsed.day, dayAt + 2, false)
    }
    if ["enclose", "enclosed", "enclosing"].contains(words[0]),
      words.dropFirst().contains(where: ["cheque", "check", "payment", "remittance"].contains)
    {
      // "I enclose a cheque for £460": paid with the letter, today.
      return (today, 1, false)
    }
    let nextMonday = today.next(.monday)
    let comingFriday = today.next(.friday, includingThisDay: true)
    let nextMonth = today.checkedAddingMonths(1, anchoredTo: 1) ?? today
    let christmas =
      [today.year, today.year + 1].lazy
      .compactMap { Day(year: $0, month: 12, day: 25) }.first { $0 >= today } ?? today
    let table: [([String], Day)] = [
      (["end", "of", "next", "week"], nextMonday.adding(days: 4)),
      (["start", "of", "next", "week"], nextMonday),
      (["beginning", "of", "next", "week"], nextMonday),
      (["early", "next", "week"], nextMonday),
      (["next", "week"], nextMonday),
      (["end", "of", "the", "week"], comingFriday),
      (["end", "of", "this", "week"], comingFriday),
      (["end", "of", "week"], comingFriday),
      (["later", "this", "week"], comingFriday),
      (["this", "week"], comingFriday),
      (["start", "of", "next", "month"], nextMonth.startOfMonth),
      (["beginning", "of", "next", "month"], nextMonth.startOfMonth),
      (["early", "next", "month"], nextMonth.startOfMonth),
      (["next", "month"], nextMonth.startOfMonth),
      (["christmas", "eve"], christmas.adding(days: -1)),
      (["xmas", "eve"], christmas.adding(days: -1)),
      (["christmas"], christmas),
      (["xmas"], christmas),
      (["eod"], today),
      (["eow"], comingFriday),
      (["eom"], today.endOfMonth),
      (["the", "day", "after", "tomorrow"], today.adding(days: 2)),
      (["day", "after", "tomorrow"], today.adding(days: 2)),
      (["right", "now"], today),
      (["straight", "away"], today),
      (["now"], today),
      (["tonight"], today),
    ]
    if words.count >= 2, words[0] == "before", ["christmas", "xmas"].contains(words[1]) {
      return (christmas.adding(days: -1), 2, false)  // "before Christmas": the 24th at the latest
    }
    for (phrase, day) in table where words.starts(with: phrase) {
      return (day, phrase.count, false)
    }
    if words.count >= 3, words[0] == "within" {
      let rest = ["in"] + words[1...2]
      if let parsed = try? DayParser.parse(
        rest.joined(separator: " "), today: today, order: .dayFirst)
      {
        return (parsed.day, 3, false)
      }
    }
    return nil
  }

  /// Weekday and month names, in full and abbreviated, as tokens are written.
  static let dayWords: Set<String> = {
    var words: Set<String> = ["tues", "weds", "thur", "thurs", "sept"]
    for weekday in Weekday.allCases {
      words.insert(weekday.name.lowercased())
      words.insert(weekday.shortName.lowercased())
    }
    for month in Day.monthNames {
      words.insert(month.lowercased())
      words.insert(String(month.lowercased().prefix(3)))
    }
    return words
  }()

  /// Whether `word` names a month, in full or abbreviated.
  static func isMonthWord(_ word: String) -> Bool {
    isDayWord(word) && weekday(named: word) == nil
  }

  /// Whether `word` names a weekday or a month.
  static func isDayWord(_ word: String) -> Bool { dayWords.contains(word) }
}
