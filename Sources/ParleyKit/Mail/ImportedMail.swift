/// An email brought in from the user's mailbox, with the headers it was sent with.
///
/// It rides on the contact it became (``CaseEvent/ContactLogged/mail``), so
/// every view of contacts shows it; the contact's day is the day it was sent,
/// its summary the subject and its full text the body.
public struct ImportedMail: Hashable, Sendable, Codable {
  /// When the message says it was sent, with the sender's UTC offset.
  public var sent: MailDate
  /// The sender as written (`Kim Weber <kim@weber.example>`).
  public var from: String
  /// The To recipients as written.
  public var to: [String]
  /// The Cc recipients as written.
  public var cc: [String]
  /// The subject, decoded; empty when there was none.
  public var subject: String
  /// The Message-ID without angle brackets, when it had one.
  public var messageID: String?
  /// The ids it answers (In-Reply-To).
  public var inReplyTo: [String]
  /// The thread it belongs to (References), oldest first.
  public var references: [String]
  /// The file names of its attachments.
  public var attachments: [String]
  /// Where it was read from (`inbox.mbox, message 7`).
  public var source: String

  /// Creates the record of an imported message.
  public init(
    sent: MailDate, from: String, to: [String], cc: [String] = [], subject: String,
    messageID: String?, inReplyTo: [String] = [], references: [String] = [],
    attachments: [String] = [], source: String
  ) {
    self.sent = sent
    self.from = from
    self.to = to
    self.cc = cc
    self.subject = subject
    self.messageID = messageID
    self.inReplyTo = inReplyTo
    self.references = references
    self.attachments = attachments
    self.source = source
  }
}
