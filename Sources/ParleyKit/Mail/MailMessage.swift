/// One email as parley records it: who, when, what it says, what came with it.
public struct MailMessage: Hashable, Sendable {
  /// When it says it was sent; nil when there is no readable Date field.
  public let date: MailDate?
  /// The sender; normally one mailbox.
  public let from: [MailAddress]
  /// The To recipients.
  public let to: [MailAddress]
  /// The Cc recipients.
  public let cc: [MailAddress]
  /// The subject, decoded; empty when there is none.
  public let subject: String
  /// The Message-ID without angle brackets, or nil.
  public let messageID: String?
  /// The In-Reply-To ids, without angle brackets.
  public let inReplyTo: [String]
  /// The References ids in order, without angle brackets.
  public let references: [String]
  /// The readable text: the text/plain part, else the HTML part as plain text,
  /// `format=flowed` lines joined; then each message forwarded inline, after a
  /// `---------- Forwarded message ----------` line and its From, Date and Subject.
  public let text: String
  /// The file names of the attachments, in order, those of forwarded messages included.
  public let attachmentNames: [String]
}
