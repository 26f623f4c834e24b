extension DayParser {
  /// Parses `text` as ``parse(_:today:order:holidays:)`` does, and also a
  /// month alone, as people say when money will come (`March`, `from March`,
  /// `until January 2027`): its first day, with ``ParsedDay/isMonthAlone``
  /// set so the shell echoes the day it was read as.
  ///
  /// Without a year the month is the next one on or after today's: this
  /// month is read as today, an earlier month as next year's.
  public static func parseAllowingMonth(
    _ text: String, today: Day, order: DateOrder, holidays: Set<Day> = []
  ) throws(DayParseError) -> ParsedDay {
    do {
      return try parse(text, today: today, order: order, holidays: holidays)
    } catch {
      guard let day = monthAlone(text, today: today) else { throw error }
      return ParsedDay(day: day, isAmbiguous: false, isMonthAlone: true)
    }
  }

  /// Words that may come before a month alone.
  private static let monthPrepositions: Set<String> = [
    "from", "in", "by", "until", "till", "til", "after", "around", "early",
  ]

  private static func monthAlone(_ text: String, today: Day) -> Day? {
    var words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," })
      .map(String.init)
    if let first = words.first, monthPrepositions.contains(first) { words.removeFirst() }
    guard (1...2).contains(words.count), let month = DayReader.monthNumber(words[0]) else {
      return nil
    }
    if words.count == 2 {
      guard let year = Int(words[1]), sensibleYears.contains(year) else { return nil }
      return Day(year: year, month: month, day: 1)
    }
    if month == today.month { return today }
    return Day(year: month > today.month ? today.year : today.year + 1, month: month, day: 1)
  }
}
