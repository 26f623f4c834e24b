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

    /// Whether the line is short and its first word can open a sign-off:
    /// decided on a hash of the word, without making a string.
    var mayBeSignOff: Bool {
      guard count <= 60 else { return false }
      var end = range.lowerBound
      var hash = Line.hashSeed
      while end < range.upperBound, bytes[end] | 0x20 >= 0x61, bytes[end] | 0x20 <= 0x7A {
        hash = Line.hash(hash, bytes[end] | 0x20)
        end += 1
      }
      return MessageLayout.signOffFirstWordHashes.contains(hash)
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
      (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The line's words: runs of bytes between `isSeparator` bytes.
    func words(separatedBy isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
      var words: [Range<Int>] = []
      var start = range.lowerBound
      for index in range where isSeparator(bytes[index]) {
        if index > start { words.append(start..<index) }
        start = index + 1
      }
      if range.upperBound > start { words.append(start..<range.upperBound) }
      return words
    }

    /// The word at `word`, folded as ``MessageLayout/fold(_:)`` folds a line.
    func folded(_ word: Range<Int>) -> String {
      let piece = bytes[word]
      guard piece.allSatisfy({ $0 < 0x80 }) else {
        return MessageLayout.fold(String(decoding: piece, as: UTF8.self))
      }
      return String(
        decoding: piece.map { $0 == 0x60 ? 0x27 : ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) },
        as: UTF8.self)
    }

    /// The first character of the word at `word`.
    private func firstCharacter(_ word: Range<Int>) -> Character? {
      let end = min(word.upperBound, word.lowerBound + 4)
      return String(decoding: bytes[word.lowerBound..<end], as: UTF8.self).first
    }

    /// Whether the word at `word` starts with a capital letter.
    func startsUpperCase(_ word: Range<Int>) -> Bool {
      guard let first = word.first else { return false }
      let byte = bytes[first]
      if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
      return firstCharacter(word)?.isUppercase == true
    }

    /// Whether the word at `word` starts with a letter.
    func startsWithLetter(_ word: Range<Int>) -> Bool {
      guard let first = word.first else { return false }
      let byte = bytes[first]
      if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
      return firstCharacter(word)?.isLetter == true
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

  /// Hashes of the first words of the sign-offs, to pass over other lines quickly.
  static let signOffFirstWordHashes = Set(
    TextWords.signOffs.compactMap { $0.split(separator: " ").first }.map {
      $0.utf8.reduce(Line.hashSeed, Line.hash)
    })
}
