import ParleyKit

/// A contact in JSON output.
struct ContactJSON: Encodable {
  let seq: Int
  let on: Day
  let channel: ContactChannel
  let direction: ContactDirection
  let summary: String
  let fullText: String?
  let recordedAt: String
  /// An imported email's own headers; null for a contact typed in.
  let mail: ImportedMail?

  init(_ logged: LoggedContact) {
    seq = logged.seq
    on = logged.contact.on
    channel = logged.contact.channel
    direction = logged.contact.direction
    summary = logged.contact.summary
    fullText = logged.contact.fullText
    recordedAt = logged.recordedAt.isoUTC
    mail = logged.contact.mail
  }
}
