import Foundation

extension Timestamp {
  /// Whether `id` names a time zone this system knows, such as `Europe/London`.
  ///
  /// Check an id with this before recording it; an unknown id reads as UTC.
  public static func isKnownTimeZone(_ id: String) -> Bool {
    TimeZone(identifier: id) != nil
  }

  /// The offset from UTC, in seconds, in ``timeZoneID`` at this instant.
  ///
  /// Summer time is included: `Europe/London` is 3600 in July, 0 in January.
  /// An unknown time zone counts as UTC (offset 0).
  public var utcOffsetSeconds: Int {
    guard let zone = TimeZone(identifier: timeZoneID) else { return 0 }
    return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSince1970)))
  }

  /// The day the user's calendar showed at this instant, in ``timeZoneID``.
  ///
  /// 2027-01-15T03:00Z in `America/New_York` is still 14 January there.
  public var localDay: Day {
    let (days, _) = localSeconds.floorDividedWithRemainder(by: 86_400)
    return Day(daysSince1970: Int(days)) ?? utcDay
  }

  /// The time the user's clock showed at this instant, in ``timeZoneID``.
  public var localTime: TimeOfDay {
    let (_, secondsOfDay) = localSeconds.floorDividedWithRemainder(by: 86_400)
    return TimeOfDay(validMinutesSinceMidnight: Int(secondsOfDay / 60))
  }

  /// Seconds since 1970 on the local wall clock.
  private var localSeconds: Int64 {
    secondsSince1970 + Int64(utcOffsetSeconds)
  }
}

extension Int64 {
  /// Quotient and remainder rounded toward negative infinity (remainder never negative).
  fileprivate func floorDividedWithRemainder(by divisor: Int64) -> (Int64, Int64) {
    let quotient = self / divisor
    let remainder = self % divisor
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
  }
}
