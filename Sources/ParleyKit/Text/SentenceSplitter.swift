/// Cuts a text into sentences with exact UTF-8 spans.
///
/// A sentence ends after a run of `.`, `!`, `?` or `…` (with any closing quotes
/// or brackets) that is followed by a space, and at a line break unless the line
/// looks hard-wrapped: long, with no closing punctuation, and followed by more
/// text. Spans are trimmed of spaces, and empty sentences are left out.
///
/// - Complexity: Linear in the length of the text.
public enum SentenceSplitter {
  /// A line at least this long, ending without punctuation, is taken as hard-wrapped.
  static let wrappedLineLength = 60

  /// The sentences of `text`, in order.
  public static func sentences(of text: String) -> [TextSegment] {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { sentences(of: UnsafeBufferPointer($0)) }
  }

  /// The sentences of UTF-8 `bytes`, in order.
  public static func sentences(of bytes: UnsafeBufferPointer<UInt8>) -> [TextSegment] {
    var result: [TextSegment] = []
    var start = 0
    var lineStart = 0
    var index = 0
    let count = bytes.count
    func close(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper, isSpace(bytes[lower]) { lower += 1 }
      while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
      if lower < upper { result.append(TextSegment(utf8Offsets: lower..<upper)) }
      start = end
    }
    while index < count {
      let byte = bytes[index]
      if byte == 0x0A {
        if !isWrapped(bytes, lineStart: lineStart, lineEnd: index) { close(index) }
        index += 1
        lineStart = index
        continue
      }
      if isTerminal(bytes, at: index) {
        var end = index + terminalLength(bytes, at: index)
        while end < count, isTerminal(bytes, at: end) || isCloser(bytes[end]) {
          end += isTerminal(bytes, at: end) ? terminalLength(bytes, at: end) : 1
        }
        if end == count || bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0A
          || bytes[end] == 0x0D
        {
          close(end)
        }
        index = end
        continue
      }
      index += 1
    }
    close(count)
    return result
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isCloser(_ byte: UInt8) -> Bool {
    byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
  }

  /// Whether a `.`, `!`, `?` or `…` (E2 80 A6) starts at `index`.
  private static func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
    return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  private static func terminalLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    bytes[index] == 0xE2 ? 3 : 1
  }

  /// Whether the line ending at `lineEnd` runs on into the next line.
  private static func isWrapped(
    _ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int
  ) -> Bool {
    var end = lineEnd
    while end > lineStart, isSpace(bytes[end - 1]) { end -= 1 }
    guard end - lineStart >= wrappedLineLength else { return false }
    let last = bytes[end - 1]
    if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x2C { return false }
    var next = lineEnd + 1
    while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0D { next += 1 }
    return next < bytes.count && bytes[next] != 0x0A && bytes[next] != 0x3E
  }
}
