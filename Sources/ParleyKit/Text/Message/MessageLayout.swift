/// Which lines of a message are the writer's own words, which quote an earlier
/// message, and which are the signature: the one place the text core sets
/// aside what the writer did not write for this message.
///
/// - **Quoted:** lines starting with `>` (after spaces), and everything from a
///   quote header on: `On … wrote:` (also when `wrote:` wraps to the next
///   line), any line ending in `wrote:`, `-----Original Message-----`,
///   `Forwarded message`, or an Outlook `From:` line followed by `Sent:`,
///   `Date:`, `To:` or `Subject:`.
/// - **Signature:** from a `--` line or a mobile footer ("Sent from my
///   iPhone"), or from the line after a sign-off alone on its line ("Kind
///   regards," or "Thanks, Dave", see ``TextWords/signOffs``) that follows some
///   text, when at most ``maximumSignatureLines`` lines follow it and the first
///   reads like a name; up to any quoted part.
/// - **Details:** a block headed `How to pay:`, `Payment details:`, `Bank
///   details:` or `Enclosures:`, to the next blank line: account numbers and
///   document names, not prose, so they are read like quoted text.
///
/// Lines are split as ``TextTokenizer`` splits them: at `\n`, `\r\n`, `\r`,
/// U+2028, U+2029 and U+0085, so line numbers agree.
///
/// - Complexity: Linear in the length of the text; only short lines are read closely.
struct MessageLayout: Sendable {
  /// What a line is.
  enum Role: Hashable, Sendable {
    /// The writer's own words.
    case own
    /// Copied from an earlier message.
    case quoted
    /// The sign-off's name, title and contact details.
    case signature
    /// The sign-off line itself ("Kind regards,"), which starts the signature.
    case signOff
    /// Payment details or a list of enclosures: data, not the writer's prose.
    case details
  }

  /// Lines that head a block of details, as folded.
  static let detailHeaders: Set<String> = [
    "how to pay:", "payment details:", "bank details:", "enclosures:", "enclosed:",
  ]

  /// Each line's UTF-8 range, without its line break.
  let lines: [Range<Int>]
  /// Each line's role, by line number.
  let roles: [Role]

  /// The most lines a signature may have after its sign-off; with more, the
  /// "sign-off" was a line in the middle of the message.
  static let maximumSignatureLines = 8

  /// The longest line, in bytes, read as a possible header or sign-off.
  static let longestMarkerLine = 160

  /// The layout of `text`.
  init(_ text: String) {
    var text = text
    self = text.withUTF8 { MessageLayout(bytes: $0) }
  }

  /// The layout of UTF-8 `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    let lines = Self.lineRanges(bytes)
    self.lines = lines
    self.roles = Self.roles(lines.map { Self.trimmed(bytes, $0) }, in: bytes)
  }

  /// Whether line `index` is the writer's own words (not quoted, not signature).
  func isOwn(_ index: Int) -> Bool {
    index < roles.count && roles[index] == .own
  }

  /// The roles of `lines` (trimmed), reading bytes and making strings only of
  /// the few short lines that may be a sign-off.
  private static func roles(_ lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>)
    -> [Role]
  {
    var roles = Array(repeating: Role.own, count: lines.count)
    let line = { (index: Int) in Line(bytes: bytes, range: lines[index]) }
    let headerAt = lines.indices.first {
      isQuoteHeader(line($0), next: $0 + 1 < lines.count ? line($0 + 1) : nil)
    }
    let end = headerAt ?? lines.count
    for index in end..<lines.count { roles[index] = .quoted }
    var inDetails = false
    for index in 0..<end {
      let current = line(index)
      if current.isEmpty {
        inDetails = false
      } else if inDetails
        || (current.count <= 20 && detailHeaders.contains(current.folded))
      {
        roles[index] = .details
        inDetails = true
      }
    }
    // How many text lines of the writer's follow each line, and the first of them.
    var textLinesAfter = Array(repeating: 0, count: end + 1)
    var firstTextAfter = Array(repeating: -1, count: end + 1)
    if end > 0 {
      for index in stride(from: end - 1, through: 0, by: -1) {
        let next = index + 1
        let isText =
          next < end && !line(next).isEmpty && !line(next).starts(with: ">")
          && roles[next] != .details
        textLinesAfter[index] = textLinesAfter[next] + (isText ? 1 : 0)
        firstTextAfter[index] = isText ? next : firstTextAfter[next]
      }
    }
    var hasText = false
    for index in 0..<end where roles[index] != .details {
      let current = line(index)
      if current.starts(with: ">") {
        roles[index] = .quoted
        continue
      }
      if isSignatureDelimiter(current) {
        markSignature(&roles, from: index, to: end, signOff: false)
        break
      }
      if hasText, textLinesAfter[index] <= maximumSignatureLines, current.mayBeSignOff,
        isSignOff(current), firstTextAfter[index] < 0 || isNameLike(line(firstTextAfter[index]))
      {
        markSignature(&roles, from: index, to: end, signOff: true)
        break
      }
      hasText = hasText || !current.isEmpty
    }
    return roles
  }

  /// `range` without the spaces and tabs at either end.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  private static func markSignature(
    _ roles: inout [Role], from start: Int, to end: Int, signOff: Bool
  ) {
    for index in start..<end where roles[index] == .own {
      roles[index] = index == start && signOff ? .signOff : .signature
    }
  }

  /// The lines of `bytes`, as the tokenizer splits them.
  static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte > 0x0D, byte < 0xC2 {
        index += 1
        continue
      }
      if byte == 0x0A {
        lines.append(start..<index)
        index += 1
        start = index
      } else if byte == 0x0D {
        lines.append(start..<index)
        index += index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
      } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 {
        lines.append(start..<index)
        index += 2
        start = index
      } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        lines.append(start..<index)
        index += 3
        start = index
      } else {
        index += 1
      }
    }
    lines.append(start..<count)
    return lines
  }

  /// A line as markers are compared: trimmed, lower case, straight quotes.
  static func fold(_ line: String) -> String {
    String(
      line.trimmed.lowercased().map { character -> Character in
        switch character {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "`": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: character
        }
      })
  }

  /// Whether a line starts a quoted earlier message.
  static func isQuoteHeader(_ line: Line, next: Line?) -> Bool {
    if line.ends(with: "wrote:") { return true }
    if line.starts(with: "on "), let next, next.ends(with: "wrote:") {
      return !next.starts(with: ">") && next.count < 80
    }
    if line.count <= 60, line.contains("message") {
      let bare = line.folded.filter { $0 != "-" && $0 != "_" && $0 != " " }
      if bare == "originalmessage" || bare == "forwardedmessage" { return true }
    }
    if line.starts(with: "from:"), let next {
      return ["sent:", "date:", "to:", "subject:"].contains { next.starts(with: $0) }
    }
    return false
  }

  /// Whether a line always starts a signature: `--`, or a mobile footer.
  static func isSignatureDelimiter(_ line: Line) -> Bool {
    line.equals("--") || line.equals("—") || line.equals("__")
      || line.starts(with: "sent from my ") || line.starts(with: "get outlook for ")
  }

  /// Whether a line is only a sign-off, perhaps with a capitalised name of up
  /// to two words: "Kind regards,", "Thanks, Dave", "Cheers Jo".
  static func isSignOff(_ line: Line) -> Bool {
    let words = line.words { [0x20, 0x2C, 0x2E, 0x21, 0x09].contains($0) }
    guard !words.isEmpty else { return false }
    for nameWords in 0...min(2, words.count - 1) {
      guard words.suffix(nameWords).allSatisfy({ line.startsUpperCase($0) }) else { continue }
      let phrase = words.dropLast(nameWords).map { line.folded($0) }.joined(separator: " ")
      if TextWords.signOffs.contains(phrase) { return true }
    }
    return false
  }

  /// Whether `text`, one line, is only a sign-off (see ``isSignOff(_:)``).
  static func isSignOff(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      isSignOff(Line(bytes: bytes, range: trimmed(bytes, 0..<bytes.count)))
    }
  }

  /// Whether a line reads like a name or a title: one to four words, each
  /// starting with a capital or a non-letter (`Priya Shah`, `R. Patel`).
  static func isNameLike(_ line: Line) -> Bool {
    let words = line.words { $0 == 0x20 || $0 == 0x2C }
    return (1...4).contains(words.count)
      && words.allSatisfy { line.startsUpperCase($0) || !line.startsWithLetter($0) }
  }
}
