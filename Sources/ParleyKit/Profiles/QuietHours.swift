/// Hours in which no one should be contacted, such as 21:00 to 08:00.
///
/// Written in a profile as `{"from": "21:00", "to": "08:00"}`; the span may
/// run past midnight.
public struct QuietHours: Hashable, Sendable {
  /// When quiet starts.
  public var from: TimeOfDay
  /// When quiet ends (the first minute one may call again).
  public var to: TimeOfDay

  /// Creates quiet hours.
  public init(from: TimeOfDay, to: TimeOfDay) {
    self.from = from
    self.to = to
  }

  /// Whether `time` falls inside the quiet hours.
  public func contains(_ time: TimeOfDay) -> Bool {
    from <= to ? (from <= time && time < to) : (time >= from || time < to)
  }
}
