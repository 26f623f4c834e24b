extension MailMessage {
  /// Reads one message (an .eml file, or one message of an mbox) from its bytes.
  ///
  /// Throws ``MailError`` saying what is wrong when the bytes are not a
  /// readable message; never traps, whatever the input.
  public static func parse(_ bytes: [UInt8]) throws(MailError) -> MailMessage {
    guard !bytes.isEmpty else { throw .empty }
    let (headers, bodyStart) = MailHeaders.read(bytes[...])
    guard !headers.fields.isEmpty else { throw .noHeaders }
    let entity = try MIMEEntity(headers: headers, body: bytes[bodyStart...], depth: 0, label: "1")
    return MailMessage(
      date: headers.first("Date").flatMap { MailDate(rfc5322: $0) },
      from: headers.values("From").flatMap(MailAddressList.parse),
      to: headers.values("To").flatMap(MailAddressList.parse),
      cc: headers.values("Cc").flatMap(MailAddressList.parse),
      subject: EncodedWord.decode(headers.first("Subject") ?? ""),
      messageID: headers.first("Message-ID").flatMap { messageIDs($0).first },
      inReplyTo: headers.values("In-Reply-To").flatMap(messageIDs),
      references: headers.values("References").flatMap(messageIDs),
      text: (entity.text ?? "").trimmingMailSpace,
      attachmentNames: entity.attachmentNames)
  }

  /// The ids in a Message-ID, In-Reply-To or References value, without angle
  /// brackets; a bare id with no brackets is taken whole.
  static func messageIDs(_ value: String) -> [String] {
    var ids: [String] = []
    var current: String? = nil
    for character in value {
      if character == "<" {
        current = ""
      } else if character == ">" {
        if let id = current, !id.isEmpty { ids.append(id) }
        current = nil
      } else if character != " " && character != "\t" && character != "\r\n" {
        current?.append(character)
      }
    }
    if ids.isEmpty {
      return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
    }
    return ids
  }
}
