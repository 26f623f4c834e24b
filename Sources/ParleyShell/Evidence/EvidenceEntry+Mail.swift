import ParleyKit

extension EvidenceEntry {
  /// An imported email's own facts: when it was sent (the sender's clock and
  /// UTC), who sent it to whom, its Message-ID and thread, its attachments,
  /// and when and from where it was imported.
  static func mailDetails(_ mail: ImportedMail, importedAt: Timestamp) -> [EvidenceDetail] {
    let sentUTC = Timestamp(
      secondsSince1970: mail.sent.timestamp.secondsSince1970, timeZoneID: "UTC"
    ).isoUTC
    let facts: [(String, String?)] = [
      ("sent", "\(mail.sent.sentWords) (\(sentUTC))"),
      ("from", mail.from),
      ("to", mail.to.isEmpty ? nil : mail.to.joined(separator: ", ")),
      ("cc", mail.cc.isEmpty ? nil : mail.cc.joined(separator: ", ")),
      ("subject", mail.subject.isEmpty ? nil : mail.subject),
      ("Message-ID", mail.messageID.map { "<\($0)>" }),
      (
        "in reply to",
        mail.inReplyTo.isEmpty ? nil : mail.inReplyTo.map { "<\($0)>" }.joined(separator: " ")
      ),
      ("attachments", mail.attachments.isEmpty ? nil : mail.attachments.joined(separator: ", ")),
      ("imported", "\(importedAt.localDay.isoAndWords), from \(mail.source)"),
    ]
    return facts.compactMap { label, value in
      value.map { EvidenceDetail(label: label, value: $0) }
    }
  }
}
