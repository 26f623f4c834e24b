/// A reply split into lines, with the lines that are the client's own words marked.
///
/// Quoted earlier messages and signatures are not the client's answer, so the
/// classifier reads only the kept lines (see ``keptLines``). Lines are split at
/// any line break (`\n`, `\r\n`, `\r`, U+2028), so line numbers match what an
/// editor shows.
struct ReplyText {
  /// Every line of the reply, as characters, so columns can be counted.
  let lines: [[Character]]
  /// Whether each line (same index as ``lines``) is the client's own words.
  let isKept: [Bool]

  /// Splits `text` into lines and marks quoted and signature lines as ignored.
  init(_ text: String) {
    var lines: [[Character]] = [[]]
    for character in text {
      if character.isNewline {
        lines.append([])
      } else {
        lines[lines.count - 1].append(character)
      }
    }
    self.lines = lines
    self.isKept = Self.keptFlags(lines)
  }

  /// The indices of the kept lines, in order.
  var keptLines: [Int] { lines.indices.filter { isKept[$0] } }

  /// Marks each line kept or not: quoted lines, everything from an "On … wrote:"
  /// or "Original Message" header, and everything from a signature on, are not.
  ///
  /// A sign-off starts a signature only when what follows is short (at most
  /// ``maximumSignatureLines`` lines) and starts with a name-like line, so
  /// "Hi\nThanks\nI'll pay Friday" keeps its promise.
  private static func keptFlags(_ lines: [[Character]]) -> [Bool] {
    var flags = Array(repeating: true, count: lines.count)
    let raw = lines.map { String($0).trimmed }
    let folded = raw.map(\.replyFolded)
    let headerAt = folded.indices.first {
      isQuoteHeader(folded[$0], next: $0 + 1 < folded.count ? folded[$0 + 1] : "")
    }
    let end = headerAt ?? lines.count
    var hasText = false
    for index in 0..<end {
      if folded[index].hasPrefix(">") {
        flags[index] = false
        continue
      }
      let linesAfter = raw[(index + 1)..<end].filter { !$0.isEmpty && !$0.hasPrefix(">") }
      if isSignatureDelimiter(folded[index])
        || isSignOff(raw[index], folded: folded[index], hasTextBefore: hasText)
          && linesAfter.count <= maximumSignatureLines
          && linesAfter.first.map(isNameLike) ?? true
      {
        for rest in index..<end { flags[rest] = false }
        break
      }
      hasText = hasText || !folded[index].isEmpty
    }
    for rest in end..<lines.count { flags[rest] = false }
    return flags
  }

  /// Whether a line reads like a name or a title: one to four words, each
  /// starting with a capital or a non-letter (`Priya Shah`, `R. Patel`).
  static func isNameLike(_ line: String) -> Bool {
    let words = line.split { $0 == " " || $0 == "," }
    return (1...4).contains(words.count)
      && words.allSatisfy { $0.first.map { !$0.isLetter || $0.isUppercase } ?? false }
  }

  /// The most lines a signature may have after its sign-off; with more, the
  /// "sign-off" was a line in the middle of the message.
  static let maximumSignatureLines = 8
}
