/// Why typed text is not a date, with a message that says how to fix it.
public enum DayParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Nothing but whitespace was typed.
  case empty
  /// The text matches none of the forms parley reads: `next blursday`.
  case unrecognized(String)
  /// The month has no such day: `31/02/2027`, `0 Jan`.
  case noSuchDay(String, day: Int, month: Int, year: Int)
  /// The month number is not 1 to 12: `15/13/2027`.
  case noSuchMonth(String, month: Int)
  /// The numbers make a date only in the other order: `01/15/2027` when the
  /// day comes first.
  case wrongOrder(String, order: DateOrder, didYouMean: Day)
  /// A weekday was named but the date falls on another: `Thursday 15 Jan 2027`.
  case wrongWeekday(String, named: Weekday, actual: Day)
  /// The date would fall outside ``DayParser/sensibleYears``: `in 900 years`, `0026-12-01`.
  case outOfRange(String)

  /// Examples of what parley reads, ending every "not a date" message.
  static let examples = "try 2027-01-15, 15 Jan, tomorrow, next friday, in 2 weeks, end of month"

  /// The message for the user, naming the text and how to fix it.
  public var description: String {
    switch self {
    case .empty:
      return "no date given; \(Self.examples)"
    case .unrecognized(let text):
      return "'\(text)' is not a date; \(Self.examples)"
    case .noSuchDay(let text, let day, let month, let year):
      if day < 1 { return "'\(text)' is not a date: days of the month start at 1" }
      let monthName = (1...12).contains(month) ? Day.monthNames[month - 1] : "month \(month)"
      let length = Day.daysIn(month: month, year: year)
      return "'\(text)' is not a date: \(monthName) \(year) has \(length) days"
    case .noSuchMonth(let text, let month):
      return "'\(text)' is not a date: there is no month \(month); months run from 1 to 12"
    case .wrongOrder(let text, let order, let day):
      return
        "'\(text)' is not a date in \(order.pattern) order; did you mean "
        + "\(day.day) \(day.monthName) \(day.year)? Write \(day.iso) to be sure."
    case .wrongWeekday(let text, let named, let day):
      return
        "'\(text)' does not add up: \(day.day) \(day.monthName) \(day.year) is a "
        + "\(day.weekday.name), not a \(named.name)"
    case .outOfRange(let text):
      return "'\(text)' is too far away; parley takes dates from 1900 to 2200"
    }
  }
}
