/// How a contact with the client happened.
public enum ContactChannel: String, Sendable, Codable, CaseIterable {
  case email
  case phone
  case letter
  case meeting
  case message
}
