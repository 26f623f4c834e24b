extension Day {
  /// English month names, January first.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]

  /// The English name of this day's month: `January`.
  public var monthName: String { Day.monthNames[month - 1] }

  /// The day in words, weekday first: `Friday 15 January 2027`.
  ///
  /// The shell echoes a typed date back in this form so that a misread
  /// `03/04/2027` is caught before it is recorded.
  public var inWords: String { "\(weekday.name) \(day) \(monthName) \(year)" }

  /// The day in short words: `15 Jan 2027`.
  public var short: String { "\(day) \(monthName.prefix(3)) \(year)" }
}
