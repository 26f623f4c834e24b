/// One message offered for import: its bytes and where they came from.
public struct MailImportItem: Hashable, Sendable {
  /// Its place in this import, from 1, as the user picks it by number.
  public let number: Int
  /// Where it was read from, for messages and the record (`inbox.mbox, message 7`).
  public let source: String
  /// The message as stored, for ``MailMessage/parse(_:)``.
  public let bytes: [UInt8]

  /// Creates an item.
  public init(number: Int, source: String, bytes: [UInt8]) {
    self.number = number
    self.source = source
    self.bytes = bytes
  }
}
