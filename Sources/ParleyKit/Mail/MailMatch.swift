/// Why an imported message was put in the case it was.
public enum MailMatch: Hashable, Sendable {
  /// It answers or quotes a message already in the case (by that Message-ID).
  case thread(messageID: String)
  /// It is from or to one of the client's addresses.
  case address(String)
  /// It is from or to the client's domain.
  case domain(String)
  /// It names one of the case's invoices in its subject or body.
  case invoice(String)
  /// The user put it there.
  case assigned
}
