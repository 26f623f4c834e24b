import ParleyKit

/// Writes an ``ICSCalendar`` as an RFC 5545 iCalendar file.
///
/// The output follows RFC 5545 to the letter: every line ends in CRLF, lines
/// longer than 75 octets are folded without splitting a UTF-8 sequence (see
/// ``fold(_:)``), TEXT values are escaped (see ``escapeText(_:)``), `DTSTAMP`
/// is in UTC, and UIDs are stable (see ``stableUID(namespace:key:)``). The
/// writer is pure: the export time comes in with the calendar.
enum ICSWriter {
  /// The longest a physical line may be, in octets, not counting its CRLF (RFC 5545 §3.1).
  static let maximumLineOctets = 75

  /// Returns the calendar as iCalendar text: folded content lines, each ending in CRLF.
  ///
  /// Encode the result as UTF-8 (no byte-order mark) when writing it out.
  /// - Throws: `ExportError` when an event has an empty or repeated UID, a
  ///   negative SEQUENCE, an alarm with a negative offset, or falls on the
  ///   last day the calendar knows (its `DTEND` would be past it).
  static func render(_ calendar: ICSCalendar) throws(ExportError) -> String {
    try contentLines(calendar).map { fold($0) + "\r\n" }.joined()
  }

  /// Returns the calendar's content lines, unfolded and without line ends.
  ///
  /// ``render(_:)`` folds each of these and ends it with CRLF.
  /// - Throws: As ``render(_:)``.
  static func contentLines(_ calendar: ICSCalendar) throws(ExportError) -> [String] {
    try validate(calendar)
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:" + escapeText(calendar.productID),
      "CALSCALE:GREGORIAN",
      "METHOD:" + ICSCalendar.method,
    ]
    if let name = calendar.name {
      lines.append("NAME:" + escapeText(name))
      lines.append("X-WR-CALNAME:" + escapeText(name))
    }
    let stamp = utcDateTime(calendar.stamp)
    for event in calendar.events {
      lines.append("BEGIN:VEVENT")
      lines.append("UID:" + escapeText(event.uid))
      lines.append("DTSTAMP:" + stamp)
      lines.append("DTSTART;VALUE=DATE:" + basicDate(event.day))
      lines.append("DTEND;VALUE=DATE:" + basicDate(event.day.adding(days: 1)))
      if let sequence = event.sequence {
        lines.append("SEQUENCE:\(sequence)")
      }
      lines.append("SUMMARY:" + escapeText(event.summary))
      if let description = event.description {
        lines.append("DESCRIPTION:" + escapeText(description))
      }
      if event.isCancelled {
        lines.append("STATUS:CANCELLED")
      }
      lines.append("TRANSP:" + (event.showsAsBusy ? "OPAQUE" : "TRANSPARENT"))
      for alarm in event.alarms {
        lines.append("BEGIN:VALARM")
        lines.append("ACTION:DISPLAY")
        lines.append("DESCRIPTION:" + escapeText(alarm.description))
        lines.append("TRIGGER:" + (alarm.trigger.value ?? ""))
        lines.append("END:VALARM")
      }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines
  }

  /// A UTC DATE-TIME value, `20261129T005638Z`.
  static func utcDateTime(_ stamp: Timestamp) -> String {
    stamp.isoUTC.filter { $0 != "-" && $0 != ":" }
  }

  /// A DATE value, `20261129`.
  static func basicDate(_ day: Day) -> String {
    day.iso.filter { $0 != "-" }
  }

  /// Checks what RFC 5545 requires and a type cannot express.
  private static func validate(_ calendar: ICSCalendar) throws(ExportError) {
    var seen: Set<String> = []
    for event in calendar.events {
      guard !event.uid.allSatisfy(\.isWhitespace) else {
        throw .emptyUID(summary: event.summary)
      }
      guard seen.insert(event.uid).inserted else { throw .duplicateUID(event.uid) }
      guard event.day.adding(days: 1) > event.day else {
        throw .noFollowingDay(uid: event.uid, day: event.day)
      }
      if let sequence = event.sequence, sequence < 0 {
        throw .negativeSequence(uid: event.uid, sequence: sequence)
      }
      for alarm in event.alarms where alarm.trigger.value == nil {
        throw .negativeAlarmOffset(uid: event.uid, offset: alarm.trigger.count)
      }
    }
  }
}
