extension ImportedMail {
  /// The record of `message`, sent at `sent`, read from `source`.
  public init(_ message: MailMessage, sent: MailDate, source: String) {
    self.init(
      sent: sent, from: message.from.map(\.written).joined(separator: ", "),
      to: message.to.map(\.written), cc: message.cc.map(\.written), subject: message.subject,
      messageID: message.messageID, inReplyTo: message.inReplyTo,
      references: message.references, attachments: message.attachmentNames, source: source)
  }
}
