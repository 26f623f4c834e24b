extension MailDate {
  /// The sender's local time with its offset: `2026-10-15T12:30:00+02:00`.
  ///
  /// An unknown offset is written `-00:00`, RFC 3339's way of saying the
  /// time is UTC but the sender's local offset is not known.
  public var rfc3339: String {
    let offset = offsetSeconds ?? 0
    let local = Timestamp(
      secondsSince1970: timestamp.secondsSince1970 + Int64(offset), timeZoneID: "UTC")
    let utcForm = local.isoUTC
    let minutes = abs(offset) / 60
    let sign = offsetSeconds == nil || offset < 0 ? "-" : "+"
    return String(utcForm.dropLast()) + sign + Self.twoDigits(minutes / 60) + ":"
      + Self.twoDigits(minutes % 60)
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS±hh:mm` (or `Z`); `-00:00` is an unknown offset.
  public init?(rfc3339 text: String) {
    let characters = Array(text)
    guard characters.count == 20 || characters.count == 25 else { return nil }
    let clock = String(characters[0..<19]) + "Z"
    guard let local = Timestamp(isoUTC: clock, timeZoneID: "UTC") else { return nil }
    if characters.count == 20 {
      guard characters[19] == "Z" else { return nil }
      self.init(secondsSince1970: local.secondsSince1970, offsetSeconds: 0)
      return
    }
    let zone = characters[19...]
    let digits = characters[20..<22] + characters[23..<25]
    guard let sign = zone.first, sign == "+" || sign == "-", characters[22] == ":",
      digits.allSatisfy({ ("0"..."9").contains($0) }),
      let hours = Int(String(characters[20..<22])), let minutes = Int(String(characters[23..<25])),
      hours < 24, minutes < 60
    else { return nil }
    let magnitude = (hours * 60 + minutes) * 60
    let offset: Int? = magnitude == 0 && sign == "-" ? nil : (sign == "-" ? -magnitude : magnitude)
    self.init(
      secondsSince1970: local.secondsSince1970 - Int64(offset ?? 0), offsetSeconds: offset)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
