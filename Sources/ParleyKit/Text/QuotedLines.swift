/// Says whether an offset lies on a quoted line (one starting with `>` after
/// spaces): someone else's words, copied into a message.
///
/// Asked about offsets in increasing order, it walks the text once, so a text
/// of any length costs linear time.
struct QuotedLines {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var lineStart = 0
  private var lineEnd = -1
  private var isQuotedLine = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether the line holding `offset` is quoted; offsets must not decrease.
  mutating func isQuoted(at offset: Int) -> Bool {
    while offset > lineEnd, lineEnd < bytes.count {
      lineStart = lineEnd + 1
      lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var first = lineStart
      while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
      isQuotedLine = first < lineEnd && bytes[first] == 0x3E
    }
    return isQuotedLine
  }
}
