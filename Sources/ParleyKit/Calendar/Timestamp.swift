/// An instant an event was recorded: UTC seconds plus the user's time-zone id.
///
/// The time-zone id (`Europe/London`) says which local day and hour the user
/// saw, so the record reads right later wherever it is read.
public struct Timestamp: Hashable, Sendable {
  /// Whole seconds since 1970-01-01T00:00:00Z.
  public let secondsSince1970: Int64
  /// The IANA time-zone id of the user when it was recorded.
  public let timeZoneID: String

  /// Creates a timestamp.
  public init(secondsSince1970: Int64, timeZoneID: String) {
    self.secondsSince1970 = secondsSince1970
    self.timeZoneID = timeZoneID
  }
}
