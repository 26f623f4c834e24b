/// One message of an import, read: what it says and when it was sent, or why
/// it cannot take a place in the record.
///
/// Only what the import uses is kept (not the raw bytes), so a mailbox of
/// thousands of messages is read one at a time and held small.
public struct ReadMail: Sendable {
  /// Its number in the import, from 1.
  public let number: Int
  /// Where it was read from (`inbox.mbox, message 7`).
  public let source: String
  /// The message and its date, or the problem.
  let content: Result<Content, MailImportProblem>

  struct Content: Sendable {
    let message: MailMessage
    let date: MailDate
  }
}
