extension Timestamp {
  /// The UTC instant in ISO 8601 with a `Z`: `2026-11-29T00:56:38Z`.
  public var isoUTC: String {
    let (days, secondsOfDay) = secondsSince1970.floorDivided(by: 86_400)
    let day = Day(daysSince1970: Int(days)) ?? .unixEpoch
    let hours = secondsOfDay / 3600
    let minutes = secondsOfDay % 3600 / 60
    let seconds = secondsOfDay % 60
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(day.iso)T\(two(hours)):\(two(minutes)):\(two(seconds))Z"
  }

  /// The UTC day the instant falls on.
  public var utcDay: Day {
    let (days, _) = secondsSince1970.floorDivided(by: 86_400)
    return Day(daysSince1970: Int(days)) ?? .unixEpoch
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (UTC only), as written by ``isoUTC``.
  ///
  /// Read byte by byte: every journal line has one, so a journal of 100,000
  /// entries parses 100,000 of them on each read.
  public init?(isoUTC text: String, timeZoneID: String) {
    var text = text
    let parsed: Int64? = text.withUTF8 { bytes in
      guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
        bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x5A
      else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = bytes[index] &- 0x30
          guard digit < 10 else { return nil }
          value = value * 10 + Int(digit)
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
        let hours = number(11..<13), let minutes = number(14..<16),
        let seconds = number(17..<19), hours < 24, minutes < 60, seconds < 60,
        let day = Day(year: year, month: month, day: dayOfMonth)
      else { return nil }
      return Int64(day.daysSince1970) * 86_400 + Int64(hours * 3600 + minutes * 60 + seconds)
    }
    guard let parsed else { return nil }
    self.init(secondsSince1970: parsed, timeZoneID: timeZoneID)
  }
}

extension Int64 {
  /// Quotient and remainder rounded toward negative infinity (remainder never negative).
  fileprivate func floorDivided(by divisor: Int64) -> (Int64, Int64) {
    let quotient = self / divisor
    let remainder = self % divisor
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
  }
}
