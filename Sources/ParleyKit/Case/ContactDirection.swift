/// Who made a contact: the user (outbound) or the client (inbound).
public enum ContactDirection: String, Sendable, Codable, CaseIterable {
  /// The user wrote to or called the client.
  case outbound = "out"
  /// The client wrote to or called the user.
  case inbound = "in"
}
