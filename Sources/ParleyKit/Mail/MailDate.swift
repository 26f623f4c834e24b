/// When a message says it was sent: the instant plus the sender's UTC offset.
public struct MailDate: Hashable, Sendable {
  /// The instant, in UTC seconds, with a fixed-offset zone id such as `GMT+0100`
  /// (or `GMT` when the offset is zero or unknown) so local times read as the sender saw them.
  public let timestamp: Timestamp
  /// The sender's offset from UTC in seconds; nil when the message gives `-0000`
  /// or an obsolete zone RFC 5322 says to treat as unknown.
  public let offsetSeconds: Int?

  /// Creates a date from its instant and the sender's offset.
  public init(secondsSince1970: Int64, offsetSeconds: Int?) {
    self.offsetSeconds = offsetSeconds
    self.timestamp = Timestamp(
      secondsSince1970: secondsSince1970, timeZoneID: MailDate.zoneID(offsetSeconds: offsetSeconds))
  }

  /// `GMT`, or `GMT+hhmm`/`GMT-hhmm`, which Foundation's TimeZone reads as a fixed offset.
  static func zoneID(offsetSeconds: Int?) -> String {
    guard let offset = offsetSeconds, offset != 0 else { return "GMT" }
    let minutes = abs(offset) / 60
    let hours = minutes / 60
    let rest = minutes % 60
    let sign = offset < 0 ? "-" : "+"
    return "GMT\(sign)\(hours < 10 ? "0" : "")\(hours)\(rest < 10 ? "0" : "")\(rest)"
  }
}
