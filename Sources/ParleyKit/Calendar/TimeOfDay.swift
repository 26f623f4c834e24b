/// A local wall-clock time to the minute, such as 09:05.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The hour, 0 to 23.
  public let hour: Int
  /// The minute, 0 to 59.
  public let minute: Int

  /// Creates a time, or nil when the hour or minute is out of range.
  public init?(hour: Int, minute: Int) {
    guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// Creates a time from minutes since midnight, already known to be in 0..<1440.
  init(validMinutesSinceMidnight minutes: Int) {
    self.hour = minutes / 60
    self.minute = minutes % 60
  }

  /// The 24-hour form, `09:05`.
  public var description: String {
    (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
  }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
    (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
  }
}
