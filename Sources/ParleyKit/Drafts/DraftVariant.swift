/// The form a draft takes: an email or a short text message.
public enum DraftVariant: String, CaseIterable, Hashable, Sendable, Codable {
  /// A subject and a body with a greeting and a sign-off.
  case email
  /// A text or WhatsApp-length message: no subject, about 480 characters at most.
  case shortMessage = "short"

  /// The longest a short message should be, where the facts allow.
  public static let shortMessageLimit = 480

  /// One line for help.
  public var summary: String {
    switch self {
    case .email: "An email: subject, greeting, body and sign-off."
    case .shortMessage: "A short text or WhatsApp message, no subject."
    }
  }

  /// The channel to log the contact under once it is sent.
  public var channel: ContactChannel {
    switch self {
    case .email: .email
    case .shortMessage: .message
    }
  }
}
