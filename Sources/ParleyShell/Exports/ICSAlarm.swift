/// A display reminder inside a calendar event (an RFC 5545 `VALARM`).
///
/// Only `ACTION:DISPLAY` is written: it needs no attendee or sound file and is
/// the one every client supports. The trigger is relative to the start of the
/// event, which for an all-day event is the start of its day, local time.
struct ICSAlarm: Hashable, Sendable {
  /// When the reminder fires, relative to the start of the event's day.
  enum Trigger: Hashable, Sendable {
    /// `-PnD`: n days before the day starts (`-P3D` is three days before).
    case daysBefore(Int)
    /// `-PTnH`: n hours before the day starts (`-PT12H` is noon the day before).
    case hoursBefore(Int)
    /// `PTnH`: n hours into the day (`PT9H` is 09:00 on the day itself).
    case hoursIntoDay(Int)

    /// The RFC 5545 DURATION value, e.g. `-P3D`; nil when the count is negative.
    var value: String? {
      switch self {
      case .daysBefore(let days): return days < 0 ? nil : "-P\(days)D"
      case .hoursBefore(let hours): return hours < 0 ? nil : "-PT\(hours)H"
      case .hoursIntoDay(let hours): return hours < 0 ? nil : "PT\(hours)H"
      }
    }

    /// The count as given, for error messages.
    var count: Int {
      switch self {
      case .daysBefore(let count), .hoursBefore(let count), .hoursIntoDay(let count): return count
      }
    }
  }

  /// The text the calendar shows when the reminder fires.
  var description: String
  /// When the reminder fires.
  var trigger: Trigger

  /// Creates a display reminder; by default three days before the day.
  init(description: String, trigger: Trigger = .daysBefore(3)) {
    self.description = description
    self.trigger = trigger
  }
}
