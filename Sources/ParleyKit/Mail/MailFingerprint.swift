/// What makes two copies of a message the same message, for skipping duplicates.
///
/// The Message-ID when there is one; otherwise the moment it was sent, the
/// sender's address and the body, which two different messages do not share.
enum MailFingerprint: Hashable, Sendable {
  case messageID(String)
  case content(sentAt: Int64, sender: String, body: String)

  /// The fingerprint of an imported message whose body is `body`.
  init(_ mail: ImportedMail, body: String) {
    if let id = mail.messageID {
      self = .messageID(id)
    } else {
      let sender = MailAddressList.parse(mail.from).first?.address ?? mail.from.lowercased()
      self = .content(sentAt: mail.sent.timestamp.secondsSince1970, sender: sender, body: body)
    }
  }
}
