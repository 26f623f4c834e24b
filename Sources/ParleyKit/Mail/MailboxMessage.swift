/// One message cut from an mbox file, numbered from 1 in file order.
public struct MailboxMessage: Hashable, Sendable {
  /// The message's place in the mailbox, from 1.
  public let number: Int
  /// The message's bytes, `From ` line removed and `>From ` lines unquoted;
  /// read them with ``MailMessage/parse(_:)``.
  public let bytes: [UInt8]

  /// Creates a numbered message.
  public init(number: Int, bytes: [UInt8]) {
    self.number = number
    self.bytes = bytes
  }
}
