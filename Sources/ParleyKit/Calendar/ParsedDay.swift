/// A day read from what the user typed, with what the shell needs to echo it.
public struct ParsedDay: Hashable, Sendable {
  /// The day that was meant.
  public let day: Day
  /// Whether the text was numeric and also a valid date in the other order,
  /// like `03/04/2027`; the shell should echo ``inWords`` and ask.
  public let isAmbiguous: Bool
  /// Whether the text named only a month (`from March`), read as its first
  /// day; the shell should echo ``inWords``.
  public let isMonthAlone: Bool
  /// The day in words, `Friday 15 January 2027`, to echo back.
  public let inWords: String

  /// Creates a parsed day; ``inWords`` is the day's ``Day/inWords``.
  public init(day: Day, isAmbiguous: Bool, isMonthAlone: Bool = false) {
    self.day = day
    self.isAmbiguous = isAmbiguous
    self.isMonthAlone = isMonthAlone
    self.inWords = day.inWords
  }
}
