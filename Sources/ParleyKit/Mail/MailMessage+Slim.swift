extension MailMessage {
  /// The message without its raw header fields, which an import has no use
  /// for once the message is read (a Received chain can be kilobytes).
  var withoutHeaders: MailMessage {
    MailMessage(
      date: date, from: from, to: to, cc: cc, subject: subject, messageID: messageID,
      inReplyTo: inReplyTo, references: references, text: text,
      attachmentNames: attachmentNames, headers: MailHeaders(fields: []))
  }
}
