/// Splits an mbox file into its messages.
public enum Mailbox {
  /// The messages in `mbox`, in order.
  ///
  /// A message starts at a `From ` line at the start of the file or after an
  /// empty line, which is how mailers write them; the empty line before the
  /// next `From ` line belongs to the mailbox, not the message. Quoted lines
  /// are unquoted the mboxrd way: `>From ` becomes `From `, `>>From ` becomes
  /// `>From `. Text before the first `From ` line, if any, is message 1.
  public static func messages(in mbox: [UInt8]) -> [MailboxMessage] {
    var messages: [[UInt8]] = []
    var current: [UInt8] = []
    var started = false
    var previousLineEmpty = true
    var index = 0
    while index < mbox.count {
      let lineEnd = mbox[index...].firstIndex(of: 0x0A) ?? mbox.count
      let next = lineEnd < mbox.count ? lineEnd + 1 : lineEnd
      let line = mbox[index..<next]
      if previousLineEmpty, line.starts(with: fromPrefix) {
        if started || !isBlank(current) { messages.append(withoutTrailingEmptyLine(current)) }
        current = []
        started = true
      } else {
        current += unquoted(line)
      }
      let content = mbox[index..<lineEnd]
      previousLineEmpty = content.isEmpty || content.elementsEqual([0x0D])
      index = next
    }
    if started || !isBlank(current) { messages.append(withoutTrailingEmptyLine(current)) }
    return messages.enumerated().map { MailboxMessage(number: $0.offset + 1, bytes: $0.element) }
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
