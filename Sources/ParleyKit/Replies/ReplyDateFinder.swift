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
///   - `now`, `tonight`, `right now`, `straight away` — today.
///   - `next week`, `early next week`, `start of next week` — the next Monday
///     (the earliest day it can mean, so a check-in is never early).
///   - `this week`, `end of the week`, `later this week` — the coming Friday.
///   - `end of next week` — the Friday after next Monday.
///   - `next month`, `early next month` — the 1st of next month.
///   - `within N days` — as `in N days`.
///
/// Days before today (`last Friday`, `past Monday`) are not mentioned.
enum ReplyDateFinder {
  /// Words a day phrase may start with, besides numbers, weekdays and months.
  static let starters: Set<String> = [
    "the", "in", "end", "this", "next", "coming", "today", "tomorrow", "tonight", "now",
    "right", "straight", "early", "start", "beginning", "later", "within",
  ]

  /// Weekday abbreviations that are also everyday words, never a day alone.
  static let ambiguousAlone: Set<String> = ["sat", "sun", "mon", "wed"]

  /// Every day named in `tokens[range]`, in reading order, not overlapping.
  static func days(
    in reading: ReplyReading, range: Range<Int>, today: Day, order: DateOrder
  ) -> [ReplyMention<Day>] {
    var result: [ReplyMention<Day>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let found = day(
        in: reading, at: index, limit: range.upperBound, today: today, order: order)
      {
        if found.value >= today { result.append(found) }
        index = found.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// The day named starting at `start`, if any.
  private static func day(
    in reading: ReplyReading, at start: Int, limit: Int, today: Day, order: DateOrder
  ) -> ReplyMention<Day>? {
    let word = reading.words[start]
    if start > 0, ["last", "past", "previous"].contains(reading.words[start - 1]) { return nil }
    guard reading.isNumber(start) || starters.contains(word) || isDayWord(word)
    else { return nil }
    let tokens = reading.tokens
    let sentence = tokens[start].sentence
    var words: [String] = []
    var index = start
    while index < limit, words.count < 5, tokens[index].sentence == sentence {
      words.append(reading.words[index])
      index += 1
    }
    guard isPlausible(words) else { return nil }
    if let (day, count) = phrase(words, today: today) {
      return ReplyMention(value: day, first: start, end: start + count, isAmbiguous: false)
    }
    for count in stride(from: min(4, words.count), through: 1, by: -1) {
      let window = Array(words[..<count])
      guard isAcceptable(window) else { continue }
      let text = window.joined(separator: " ")
      guard let parsed = try? DayParser.parse(text, today: today, order: order) else { continue }
      return ReplyMention(
        value: parsed.day, first: start, end: start + count, isAmbiguous: parsed.isAmbiguous)
    }
    return nil
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
    case "the": return second.first?.isASCIIDigit == true || second == "end"
    case "in", "within": return isCount
    case "end": return second == "of"
    case "this", "next", "coming": return isDayWord(second) || ["week", "month"].contains(second)
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

  /// Reads the phrases ``DayParser`` does not; returns the day and how many words it took.
  private static func phrase(_ words: [String], today: Day) -> (Day, Int)? {
    let nextMonday = today.next(.monday)
    let comingFriday = today.next(.friday, includingThisDay: true)
    let nextMonth = today.checkedAddingMonths(1, anchoredTo: 1) ?? today
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
      (["right", "now"], today),
      (["straight", "away"], today),
      (["now"], today),
      (["tonight"], today),
    ]
    for (phrase, day) in table where words.starts(with: phrase) {
      return (day, phrase.count)
    }
    if words.count >= 3, words[0] == "within" {
      let rest = ["in"] + words[1...2]
      if let parsed = try? DayParser.parse(
        rest.joined(separator: " "), today: today, order: .dayFirst)
      {
        return (parsed.day, 3)
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

  /// Whether `word` names a weekday or a month.
  static func isDayWord(_ word: String) -> Bool { dayWords.contains(word) }
}
