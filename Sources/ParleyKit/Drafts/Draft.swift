/// A draft written from a case's facts, ready to open in the user's editor.
public struct Draft: Hashable, Sendable {
  /// What the draft is for.
  public let kind: DraftKind
  /// Email or short message.
  public let variant: DraftVariant
  /// The email's subject; nil for a short message.
  public let subject: String?
  /// The text: greeting, paragraphs and sign-off.
  public let body: String
  /// The day the draft asks for a reply or payment by, if it sets one.
  public let replyBy: Day?
  /// Things for the user to check before sending (shown by the shell, never
  /// part of the text): where a rule comes from, enclosures to add, and the
  /// steps that add what is missing.
  public let notes: [Guidance]
  /// Pages that go with it, such as a statement of account.
  public let attachments: [DraftAttachment]
  /// The client's email address, when the case has one.
  public let recipientEmail: String?
  /// Who it is from.
  public let sender: SenderDetails

  /// Creates a draft.
  public init(
    kind: DraftKind, variant: DraftVariant, subject: String?, body: String, replyBy: Day?,
    notes: [Guidance], attachments: [DraftAttachment] = [], recipientEmail: String? = nil,
    sender: SenderDetails = .init()
  ) {
    self.kind = kind
    self.variant = variant
    self.subject = subject
    self.body = body
    self.replyBy = replyBy
    self.notes = notes
    self.attachments = attachments
    self.recipientEmail = recipientEmail
    self.sender = sender
  }

  /// The whole text as sent: a `Subject:` line and a blank line before the
  /// body for an email, the body alone for a short message. This is what is
  /// logged as the contact's full text.
  public var fullText: String {
    guard let subject else { return body }
    return "Subject: \(subject)\n\n\(bodyWithAttachments)"
  }

  /// The body followed by each attached page, as one text.
  public var bodyWithAttachments: String {
    ([body] + attachments.map(\.text)).joined(separator: "\n\n")
  }

  /// One line for the contact log: `Friendly reminder (email): Invoice INV-042…`.
  public var logSummary: String {
    "\(kind.title) (\(variant == .email ? "email" : "short message"))"
      + (subject.map { ": \($0)" } ?? "")
  }
}
