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

    /// 09:00 local time on the day before: `-PT15H`, parley's reminder.
    ///
    /// An all-day event's `DTSTART` is a DATE, which has no time zone (RFC
    /// 5545 §3.3.4): its day starts at local midnight wherever the calendar
    /// is, and a trigger relative to it (§3.8.6.3, the default `RELATED=START`)
    /// counts from there, so 15 hours before is 09:00 the day before, in
    /// every time zone and after the user travels. An absolute trigger would
    /// have to be UTC and so pin one time zone. The hours are exact time, so
    /// on the rare night a clock change falls between 09:00 and midnight the
    /// reminder moves by that hour. What the clients do with it: Apple
    /// Calendar writes this same trigger for its own "1 day before (9 AM)"
    /// alert on an all-day event and shows it as such; Outlook keeps one
    /// reminder per event, counted back from the start of the day, so it
    /// fires at 09:00 the day before too; Google Calendar drops every
    /// `VALARM` in a file it imports and applies the calendar's own default
    /// notifications for all-day events instead, which the user sets there.
    static let nineTheDayBefore = Trigger.hoursBefore(15)

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

    /// The offset from the start of the event's day, in seconds (negative is before).
    var seconds: Int {
      switch self {
      case .daysBefore(let days): return -days * 86_400
      case .hoursBefore(let hours): return -hours * 3_600
      case .hoursIntoDay(let hours): return hours * 3_600
      }
    }
  }

  /// The text the calendar shows when the reminder fires.
  var description: String
  /// When the reminder fires.
  var trigger: Trigger

  /// Creates a display reminder; by default at 09:00 on the day before.
  init(description: String, trigger: Trigger = .nineTheDayBefore) {
    self.description = description
    self.trigger = trigger
  }
}
