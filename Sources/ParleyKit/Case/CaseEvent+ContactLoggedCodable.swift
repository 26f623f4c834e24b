extension CaseEvent.ContactLogged: Codable {
  private enum CodingKeys: String, CodingKey {
    case channel, direction, on, summary, fullText, mail
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      channel: try container.decode(ContactChannel.self, forKey: .channel),
      direction: try container.decode(ContactDirection.self, forKey: .direction),
      on: try container.decode(Day.self, forKey: .on),
      summary: try container.decode(String.self, forKey: .summary),
      fullText: try container.decodeIfPresent(String.self, forKey: .fullText),
      mail: try container.decodeIfPresent(ImportedMail.self, forKey: .mail))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(channel, forKey: .channel)
    try container.encode(direction, forKey: .direction)
    try container.encode(on, forKey: .on)
    try container.encode(summary, forKey: .summary)
    try container.encodeIfPresent(fullText, forKey: .fullText)
    try container.encodeIfPresent(mail, forKey: .mail)
  }
}
