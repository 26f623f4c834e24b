/// Turns UTF-8 offsets into 1-based lines and Character columns.
///
/// Offsets must be asked for in ascending order; the locator walks forward
/// from the last answer, so locating every finding costs one pass over the
/// text at most.
struct SpanLocator {
  private let text: TokenizedText
  private var line = 0
  private var cursorOffset = 0
  private var cursorColumn = 1

  init(text: TokenizedText) {
    self.text = text
    self.cursorOffset = text.lines.first?.start ?? 0
  }

  /// The span at `offsets`, which must not start before the last one asked for.
  mutating func span(_ offsets: Range<Int>) -> TextSpan {
    let lines = text.lines
    let offset = offsets.lowerBound
    var moved = false
    while line + 1 < lines.count, lines[line + 1].start <= offset {
      line += 1
      moved = true
    }
    if moved || offset < cursorOffset {
      cursorOffset = lines.isEmpty ? 0 : lines[line].start
      cursorColumn = 1
    }
    cursorColumn += characterCount(cursorOffset..<offset)
    cursorOffset = offset
    return TextSpan(
      utf8Offsets: offsets, line: line + 1, column: cursorColumn, text: text.text(offsets))
  }

  private func characterCount(_ offsets: Range<Int>) -> Int {
    guard !offsets.isEmpty else { return 0 }
    // ASCII without a carriage return is one Character a byte.
    var string = text.string
    let isPlain = string.withUTF8 { bytes in
      bytes[offsets].allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
    if isPlain { return offsets.count }
    let utf8 = string.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
    let upper = utf8.index(lower, offsetBy: offsets.count)
    return string[lower..<upper].count
  }
}
