/// Hours in which no one should be contacted, such as 21:00 to 08:00.
///
/// Written in a profile as `{"from": "21:00", "to": "08:00"}`; the span may
/// run past midnight. `"weekendTo": "09:00"` ends it later on Saturday and
/// Sunday mornings.
public struct QuietHours: Hashable, Sendable {
  /// When quiet starts.
  public var from: TimeOfDay
  /// When quiet ends (the first minute one may call again).
  public var to: TimeOfDay
  /// When quiet ends on a Saturday or Sunday, when that is later; nil when
  /// weekends are like weekdays.
  public var weekendTo: TimeOfDay?

  /// Creates quiet hours.
  public init(from: TimeOfDay, to: TimeOfDay, weekendTo: TimeOfDay? = nil) {
    self.from = from
    self.to = to
    self.weekendTo = weekendTo
  }

  /// When quiet ends on `day`.
  public func end(on day: Day) -> TimeOfDay {
    day.weekday.isWeekend ? (weekendTo ?? to) : to
  }

  /// Whether `time` on `day` falls inside the quiet hours.
  public func contains(_ time: TimeOfDay, on day: Day) -> Bool {
    let to = end(on: day)
    return from <= to ? (from <= time && time < to) : (time >= from || time < to)
  }

  /// The hours in words: `21:00–08:00 (09:00 at weekends)`.
  public var words: String {
    "\(from)–\(to)" + (weekendTo.map { " (\($0) at weekends)" } ?? "")
  }
}
