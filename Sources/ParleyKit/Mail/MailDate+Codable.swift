extension MailDate: Codable {
  /// Reads the RFC 3339 form written by ``rfc3339``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = MailDate(rfc3339: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date like 2026-10-15T12:30:00+02:00")
    }
    self = date
  }

  /// Writes the date as the sender's local time with its offset (RFC 3339).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rfc3339)
  }
}
