import ParleyKit

/// Why an export could not be written: the input broke a rule of the format.
///
/// Each case carries the data needed to say what was wrong and where, so the
/// shell can word it; ``description`` is a plain default wording.
enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A table was given no columns.
  case emptyHeader
  /// A row (counted from 1, the header not counted) has the wrong number of cells.
  case rowWidth(row: Int, expected: Int, found: Int)
  /// A CSV number cell is not a plain decimal such as `1200.50` or `-5.00`.
  case notANumber(row: Int, column: Int, value: String)
  /// A calendar event has an empty UID.
  case emptyUID(summary: String)
  /// Two events in one calendar share a UID, so one would overwrite the other.
  case duplicateUID(String)
  /// An event's SEQUENCE is negative.
  case negativeSequence(uid: String, sequence: Int)
  /// An alarm's offset is negative; say "before" or "into the day" instead.
  case negativeAlarmOffset(uid: String, offset: Int)
  /// An event falls on 31 December 9999, so its `DTEND`, the next day, cannot be written.
  case noFollowingDay(uid: String, day: Day)

  var description: String {
    switch self {
    case .emptyHeader:
      return "a table needs at least one column"
    case .rowWidth(let row, let expected, let found):
      return "row \(row) has \(found) cells, but the header has \(expected)"
    case .notANumber(let row, let column, let value):
      return "row \(row), column \(column): '\(value)' is not a plain number such as 1200.50"
    case .emptyUID(let summary):
      return "the calendar event '\(summary)' has no UID"
    case .duplicateUID(let uid):
      return "two calendar events share the UID \(uid)"
    case .negativeSequence(let uid, let sequence):
      return "the calendar event \(uid) has a negative SEQUENCE (\(sequence))"
    case .negativeAlarmOffset(let uid, let offset):
      return "the calendar event \(uid) has an alarm with a negative offset (\(offset))"
    case .noFollowingDay(let uid, let day):
      return "the calendar event \(uid) falls on \(day.iso), the last day a calendar can "
        + "hold; move it to an earlier day"
    }
  }
}
