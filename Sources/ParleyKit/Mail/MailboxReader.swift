/// Splits an mbox into messages as its bytes arrive, so a mailbox of
/// gigabytes (a Google Takeout export) is never held whole.
///
/// Fed in any pieces, it finds the same messages as ``Mailbox/messages(in:)``.
public struct MailboxReader: Sendable {
  /// The message being gathered.
  private var current: [UInt8] = []
  /// The start of a line whose end has not arrived yet.
  private var partialLine: [UInt8] = []
  private var started = false
  private var previousLineEmpty = true
  private var count = 0

  /// A reader at the start of a mailbox.
  public init() {}

  /// Reads the next piece of the mailbox; returns the messages it completed.
  public mutating func read(_ piece: ArraySlice<UInt8>) -> [MailboxMessage] {
    var completed: [MailboxMessage] = []
    var start = piece.startIndex
    while let newline = piece[start...].firstIndex(of: 0x0A) {
      if partialLine.isEmpty {
        take(line: piece[start...newline], into: &completed)
      } else {
        partialLine += piece[start...newline]
        take(line: partialLine[...], into: &completed)
        partialLine.removeAll(keepingCapacity: true)
      }
      start = newline + 1
    }
    partialLine += piece[start...]
    return completed
  }

  /// Ends the mailbox; returns the messages still open (the last one).
  public mutating func finish() -> [MailboxMessage] {
    var completed: [MailboxMessage] = []
    if !partialLine.isEmpty {
      let line = partialLine
      partialLine = []
      take(line: line[...], into: &completed)
    }
    if started || !Self.isBlank(current) { completed.append(message(current)) }
    current = []
    started = false
    previousLineEmpty = true
    return completed
  }

  private mutating func take(line: ArraySlice<UInt8>, into completed: inout [MailboxMessage]) {
    if previousLineEmpty, line.starts(with: Self.fromPrefix) {
      if started || !Self.isBlank(current) { completed.append(message(current)) }
      current = []
      started = true
    } else {
      current += Self.unquoted(line)
    }
    let content = line.last == 0x0A ? line.dropLast() : line
    previousLineEmpty = content.isEmpty || content.elementsEqual([0x0D])
  }

  private mutating func message(_ bytes: [UInt8]) -> MailboxMessage {
    count += 1
    return MailboxMessage(number: count, bytes: Self.withoutTrailingEmptyLine(bytes))
  }

  private static let fromPrefix = Array("From ".utf8)

  private static func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
  }

  /// `line` with one `>` removed when it is `>…>From `.
  private static func unquoted(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let afterQuotes = line.drop { $0 == UInt8(ascii: ">") }
    guard afterQuotes.count < line.count, afterQuotes.starts(with: fromPrefix) else { return line }
    return line.dropFirst()
  }

  private static func withoutTrailingEmptyLine(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    for ending in [[UInt8]([0x0D, 0x0A, 0x0D, 0x0A]), [0x0A, 0x0A]]
    where bytes.count >= ending.count {
      if Array(bytes.suffix(ending.count)) == ending {
        bytes.removeLast(ending.count / 2)
        return bytes
      }
    }
    return bytes
  }
}
