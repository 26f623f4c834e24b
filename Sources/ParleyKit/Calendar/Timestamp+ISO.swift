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
  public init?(isoUTC text: String, timeZoneID: String) {
    guard text.count == 20, text.hasSuffix("Z") else { return nil }
    let datePart = String(text.prefix(10))
    let timePart = text.dropFirst(11).dropLast()
    guard text[text.index(text.startIndex, offsetBy: 10)] == "T", let day = Day(iso: datePart)
    else { return nil }
    let fields = timePart.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
      let hours = Int64(fields[0]), let minutes = Int64(fields[1]), let seconds = Int64(fields[2]),
      (0..<24).contains(hours), (0..<60).contains(minutes), (0..<60).contains(seconds)
    else { return nil }
    self.init(
      secondsSince1970: Int64(day.daysSince1970) * 86_400 + hours * 3600 + minutes * 60 + seconds,
      timeZoneID: timeZoneID)
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
