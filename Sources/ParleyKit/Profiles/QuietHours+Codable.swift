extension QuietHours: Codable {
  private enum CodingKeys: String, CodingKey {
    case from
    case to
    case weekendTo
  }

  /// Decodes `{"from": "21:00", "to": "08:00"}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func time(_ key: CodingKeys) throws -> TimeOfDay {
      let text = try container.decode(String.self, forKey: key)
      let parts = text.split(separator: ":")
      guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
        let hour = Int(parts[0]), let minute = Int(parts[1]),
        let value = TimeOfDay(hour: hour, minute: minute)
      else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container, debugDescription: "expected a time such as 21:00")
      }
      return value
    }
    let weekendTo = container.contains(.weekendTo) ? try time(.weekendTo) : nil
    self.init(from: try time(.from), to: try time(.to), weekendTo: weekendTo)
  }

  /// Encodes as `{"from": "21:00", "to": "08:00"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(from.description, forKey: .from)
    try container.encode(to.description, forKey: .to)
    try container.encodeIfPresent(weekendTo?.description, forKey: .weekendTo)
  }
}
