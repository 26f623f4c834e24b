import Foundation
import ParleyKit

/// Reads the time once per command, so everything that decides gets `now` as an argument.
///
/// `PARLEY_NOW` (an ISO UTC instant, `2026-11-29T10:00:00Z`) fixes the clock,
/// for tests and for replaying a session; `TZ` sets the time zone as usual.
struct Clock {
  let environment: [String: String]

  /// The current instant with the user's time-zone id.
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` when `PARLEY_NOW` is set but not an ISO instant.
  func now() throws(ShellError) -> Timestamp {
    let zone = TimeZone.current.identifier
    if let fixed = environment["PARLEY_NOW"], !fixed.isEmpty {
      guard let timestamp = Timestamp(isoUTC: fixed, timeZoneID: zone) else {
        throw .usage(
          "PARLEY_NOW='\(fixed)' is not a UTC instant like 2026-11-29T10:00:00Z", command: nil)
      }
      return timestamp
    }
    return Timestamp(
      secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down)), timeZoneID: zone)
  }
}
