extension MessageLayout {
  /// One trimmed line of a message, compared byte by byte (ASCII letters in
  /// any case), so most lines are classified without making a string.
  struct Line {
    /// The message's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The line's bytes in ``bytes``, without surrounding spaces.
    let range: Range<Int>

    /// The number of bytes.
    var count: Int { range.count }
    /// Whether the line is blank.
    var isEmpty: Bool { range.isEmpty }
    /// The line as a string.
    var string: String { String(decoding: bytes[range], as: UTF8.self) }
    /// The line folded (see ``MessageLayout/fold(_:)``).
    var folded: String { MessageLayout.fold(string) }

    /// Whether the line starts with `prefix` (written in lower case).
    func starts(with prefix: String) -> Bool {
      matches(prefix, at: range.lowerBound)
    }

    /// Whether the line ends with `suffix` (written in lower case).
    func ends(with suffix: String) -> Bool {
      matches(suffix, at: range.upperBound - suffix.utf8.count)
    }

    /// Whether the line is exactly `text` (written in lower case).
    func equals(_ text: String) -> Bool {
      count == text.utf8.count && starts(with: text)
    }

    /// Whether `word` (written in lower case) occurs in the line.
    func contains(_ word: String) -> Bool {
      let length = word.utf8.count
      guard length <= count else { return false }
      return (range.lowerBound...(range.upperBound - length)).contains { matches(word, at: $0) }
    }

    /// Whether the line is short and its first word can open a sign-off.
    var mayBeSignOff: Bool {
      guard count <= 60 else { return false }
      var end = range.lowerBound
      while end < range.upperBound, bytes[end] | 0x20 >= 0x61, bytes[end] | 0x20 <= 0x7A {
        end += 1
      }
      let first = String(decoding: bytes[range.lowerBound..<end].map { $0 | 0x20 }, as: UTF8.self)
      return MessageLayout.signOffFirstWords.contains(first)
    }

    private func matches(_ text: String, at start: Int) -> Bool {
      guard start >= range.lowerBound, start + text.utf8.count <= range.upperBound else {
        return false
      }
      var index = start
      for expected in text.utf8 {
        var byte = bytes[index]
        if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
        if byte != expected { return false }
        index += 1
      }
      return true
    }
  }

  /// The first words of the sign-offs, to pass over other lines quickly.
  static let signOffFirstWords = Set(
    TextWords.signOffs.compactMap { $0.split(separator: " ").first.map(String.init) })
}
