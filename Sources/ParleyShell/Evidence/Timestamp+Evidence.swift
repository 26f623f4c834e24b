import ParleyKit

extension Timestamp {
  /// When an entry was recorded, in UTC with the user's time zone:
  /// `2026-11-29T10:00:00Z (Europe/London)`.
  var recordedWords: String { "\(isoUTC) (\(timeZoneID))" }

  /// ``recordedWords`` with the user's local time and day in words:
  /// `2026-11-29T10:00:00Z (Europe/London: 10:00, Sunday 29 November 2026)`.
  var recordedLongWords: String {
    "\(isoUTC) (\(timeZoneID): \(localTime), \(localDay.inWords))"
  }
}
