/// One parse in progress for ``DayParser``: the text, today, order and holidays.
///
/// Each `read…` method returns nil when the words are not its form, and throws
/// when they are its form but name no valid day.
struct DayReader {
  /// The typed text, trimmed, as quoted in errors.
  let text: String
  /// The day relative forms count from.
  let today: Day
  /// Which number comes first in a numeric date.
  let order: DateOrder
  /// Days that are not business days.
  let holidays: Set<Day>
  /// The first day a date typed without a year may fall on (usually today).
  var yearlessFrom: Day

  /// The largest count accepted in `in N days`; anything larger is out of range.
  private static let maximumCount = 4_000_000
  /// The largest count accepted in `in N business days`.
  private static let maximumBusinessDays = 100_000

  /// Reads `words`, lowercased, as a day.
  func read(_ words: [String]) throws(DayParseError) -> ParsedDay {
    if let day = try readRelative(words) { return ParsedDay(day: day, isAmbiguous: false) }
    if words.count == 1, let parsed = try readNumeric(words[0]) { return parsed }
    if let day = try readNamedMonth(words) { return ParsedDay(day: day, isAmbiguous: false) }
    if words.count > 1, let named = Self.weekday(words[0]) {
      let rest = try read(Array(words.dropFirst()))
      guard rest.day.weekday == named else {
        throw .wrongWeekday(text, named: named, actual: rest.day)
      }
      return rest
    }
    throw .unrecognized(text)
  }

  // MARK: - Words relative to today

  /// Reads `today`, weekdays, `in 3 days`, `2 weeks ago`, `end of month`, `the 15th`.
  private func readRelative(_ words: [String]) throws(DayParseError) -> Day? {
    switch words {
    case ["today"]: return today
    case ["tomorrow"]: return try offset(1, unit: ["day"])
    case ["yesterday"]: return try offset(-1, unit: ["day"])
    default: break
    }
    if words.count == 1, let weekday = Self.weekday(words[0]) {
      return try weekdayDay { $0.next(weekday, includingThisDay: true) }
    }
    if words.count == 2, let weekday = Self.weekday(words[1]) {
      switch words[0] {
      case "this", "on", "coming":
        return try weekdayDay { $0.next(weekday, includingThisDay: true) }
      case "next": return try weekdayDay { $0.next(weekday) }
      case "last": return try weekdayDay { $0.previous(weekday) }
      default: return nil
      }
    }
    if words.count >= 3, words[0] == "in", let count = try count(words[1]) {
      return try offset(count, unit: words.dropFirst(2))
    }
    if words.count >= 3, words.last == "ago", let count = try count(words[0]) {
      return try offset(-count, unit: words.dropFirst().dropLast())
    }
    if words.count >= 3, words[0] == "end", words[1] == "of" {
      return try endOf(Array(words.dropFirst(2)))
    }
    if words.count <= 2, words.count == 1 || words[0] == "the", let last = words.last,
      let dayOfMonth = Self.ordinal(last)
    {
      return try nextDayOfMonth(dayOfMonth)
    }
    return nil
  }

  /// Runs a weekday step, turning a step past the year 9999 (or before 1) into an error.
  private func weekdayDay(_ step: (Day) -> Day) throws(DayParseError) -> Day {
    guard today.checkedAdding(days: 7) != nil, today.checkedAdding(days: -7) != nil else {
      throw .outOfRange(text)
    }
    return step(today)
  }

  /// Today moved by `count` of `unit` (`days`, `weeks`, `business days`, ...).
  private func offset(_ count: Int, unit: ArraySlice<String>) throws(DayParseError) -> Day? {
    let result: Day?
    switch unit.joined(separator: " ") {
    case "day", "days":
      result = today.checkedAdding(days: count)
    case "week", "weeks":
      result = today.checkedAdding(days: 7 * count)
    case "fortnight", "fortnights":
      result = today.checkedAdding(days: 14 * count)
    case "month", "months":
      result = today.checkedAddingMonths(count, anchoredTo: today.day)
    case "year", "years":
      result = today.checkedAddingMonths(12 * count, anchoredTo: today.day)
    case "business day", "business days", "working day", "working days", "workday", "workdays":
      guard count.magnitude <= Self.maximumBusinessDays else { throw .outOfRange(text) }
      result = today.checkedAdding(businessDays: count, holidays: holidays)
    default:
      return nil
    }
    guard let result else { throw .outOfRange(text) }
    return result
  }

  /// Reads `month`, `the month`, `next month`, `last month`, `february`, `february 2027`.
  private func endOf(_ words: [String]) throws(DayParseError) -> Day? {
    var words = words
    if words.first == "the" { words.removeFirst() }
    let monthsAhead: Int
    switch words {
    case ["month"], ["this", "month"]: monthsAhead = 0
    case ["next", "month"]: monthsAhead = 1
    case ["last", "month"], ["previous", "month"]: monthsAhead = -1
    default:
      guard (1...2).contains(words.count), let month = Self.monthNumber(words[0]) else {
        return nil
      }
      if words.count == 2 {
        guard let year = Self.year(words[1]) else { return nil }
        return try exactDay(1, month: month, year: year).endOfMonth
      }
      monthsAhead = (month - today.month).floorModulo(12)
    }
    guard let target = today.checkedAddingMonths(monthsAhead, anchoredTo: 1) else {
      throw .outOfRange(text)
    }
    return target.endOfMonth
  }

  /// The next day `dayOfMonth` of a month that has one, on or after today.
  private func nextDayOfMonth(_ dayOfMonth: Int) throws(DayParseError) -> Day? {
    guard (1...31).contains(dayOfMonth) else { return nil }
    for monthsAhead in 0...2 {
      guard let start = today.checkedAddingMonths(monthsAhead, anchoredTo: 1) else { break }
      if monthsAhead == 0 && dayOfMonth < today.day { continue }
      if let day = Day(year: start.year, month: start.month, day: dayOfMonth) { return day }
    }
    throw .outOfRange(text)
  }

  // MARK: - Numeric dates

  /// Reads `2027-01-15`, `15/01/2027`, `15.01.27` or `15/01`, in ``order``.
  private func readNumeric(_ word: String) throws(DayParseError) -> ParsedDay? {
    guard let separator = word.first(where: { !Self.isDigit($0) }), "/-.".contains(separator)
    else { return nil }
    let parts = word.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isDigit) }) else { return nil }
    let lengths = parts.map(\.count)
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    if lengths.count == 3 && lengths[0] == 4 && (1...2).contains(lengths[1])
      && (1...2).contains(lengths[2])
    {
      let day = try exactDay(numbers[2], month: numbers[1], year: numbers[0])
      return ParsedDay(day: day, isAmbiguous: false)
    }
    guard (1...2).contains(lengths[0]), lengths.count >= 2, (1...2).contains(lengths[1]) else {
      return nil
    }
    let year: Int?
    switch lengths.count {
    case 2: year = nil
    case 3 where lengths[2] == 4: year = numbers[2]
    case 3 where lengths[2] == 2: year = 2000 + numbers[2]
    default: return nil
    }
    let (first, second) = (numbers[0], numbers[1])
    let (day, month) = order == .dayFirst ? (first, second) : (second, first)
    let otherReading = try? exactDay(month, month: day, year: year)
    do throws(DayParseError) {
      let result = try exactDay(day, month: month, year: year)
      return ParsedDay(day: result, isAmbiguous: first != second && otherReading != nil)
    } catch {
      if let otherReading { throw .wrongOrder(text, order: order, didYouMean: otherReading) }
      throw error
    }
  }

  // MARK: - Month names

  /// Reads `15 Jan`, `Jan 15`, `15th of January 2027`, `January 15 2027`.
  private func readNamedMonth(_ words: [String]) throws(DayParseError) -> Day? {
    var words = words
    if words.first == "the" { words.removeFirst() }
    if words.count >= 3 && words[1] == "of" { words.remove(at: 1) }
    guard (2...3).contains(words.count) else { return nil }
    var year: Int?
    if words.count == 3 {
      guard let typed = Self.year(words[2]) else { return nil }
      year = typed
    }
    if let month = Self.monthNumber(words[0]),
      let day = Self.ordinal(words[1], suffixRequired: false)
    {
      return try exactDay(day, month: month, year: year)
    }
    if let day = Self.ordinal(words[0], suffixRequired: false),
      let month = Self.monthNumber(words[1])
    {
      return try exactDay(day, month: month, year: year)
    }
    return nil
  }

  // MARK: - Checking a day

  /// The day `day` of `month` in `year`, or, with no year, the next such day
  /// on or after today.
  private func exactDay(_ day: Int, month: Int, year: Int?) throws(DayParseError) -> Day {
    guard (1...12).contains(month) else { throw .noSuchMonth(text, month: month) }
    let from = yearlessFrom
    let resolvedYear =
      year ?? ((month, day) >= (from.month, from.day) ? from.year : from.year + 1)
    guard (1...9999).contains(resolvedYear) else { throw .outOfRange(text) }
    guard let result = Day(year: resolvedYear, month: month, day: day) else {
      throw .noSuchDay(text, day: day, month: month, year: resolvedYear)
    }
    return result
  }

  // MARK: - Words

  /// Whether `character` is an ASCII digit.
  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }

  /// Reads a count: digits, `a`, `an`, or `one` to `twelve`.
  private func count(_ word: String) throws(DayParseError) -> Int? {
    let words = [
      "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
      "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
    if let value = words[word] { return value }
    guard !word.isEmpty, word.allSatisfy(Self.isDigit) else { return nil }
    guard word.count <= 7, let value = Int(word), value <= Self.maximumCount else {
      throw .outOfRange(text)
    }
    return value
  }

  /// Reads a day of the month, `15` or `15th` (`1st`, `2nd`, `3rd`), as 0...99.
  ///
  /// With `suffixRequired`, bare numbers are refused, so `15` alone is not a day.
  private static func ordinal(_ word: String, suffixRequired: Bool = true) -> Int? {
    var digits = Substring(word)
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
      digits = digits.dropLast(2)
      break
    }
    guard !suffixRequired || digits.count < word.count else { return nil }
    guard (1...2).contains(digits.count), digits.allSatisfy(isDigit) else { return nil }
    return Int(digits)
  }

  /// Reads a year: four digits, or two digits meaning 20yy.
  private static func year(_ word: String) -> Int? {
    guard word.allSatisfy(isDigit), let value = Int(word) else { return nil }
    switch word.count {
    case 4: return value
    case 2: return 2000 + value
    default: return nil
    }
  }

  /// Reads a month name: `january`, `jan`, `jan.`, `sept`.
  static func monthNumber(_ word: String) -> Int? {
    let name = word.hasSuffix(".") ? String(word.dropLast()) : word
    if name == "sept" { return 9 }
    guard name.count >= 3 else { return nil }
    for (index, month) in Day.monthNames.enumerated() {
      let full = month.lowercased()
      if name == full || name == full.prefix(3) { return index + 1 }
    }
    return nil
  }

  /// Reads a weekday name: `friday`, `fri`, `fri.`, `tues`, `thurs`, `weds`.
  private static func weekday(_ word: String) -> Weekday? {
    let name = word.hasSuffix(".") ? String(word.dropLast()) : word
    let extra: [String: Weekday] = [
      "tues": .tuesday, "weds": .wednesday, "thur": .thursday, "thurs": .thursday,
    ]
    if let weekday = extra[name] { return weekday }
    return Weekday.allCases.first {
      name == $0.name.lowercased() || name == $0.shortName.lowercased()
    }
  }
}
