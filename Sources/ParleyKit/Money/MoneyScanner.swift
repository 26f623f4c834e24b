/// A cursor over the characters of a typed amount, for ``MoneyParser``.
struct MoneyScanner {
  private let characters: [Character]
  private var position: Int
  private let end: Int

  /// A scanner over `text` with surrounding whitespace already skipped.
  init(_ text: String) {
    characters = Array(text)
    var start = 0
    var end = characters.count
    while start < end, characters[start].isWhitespace { start += 1 }
    while end > start, characters[end - 1].isWhitespace { end -= 1 }
    self.position = start
    self.end = end
  }

  /// Whether every character has been read.
  var isAtEnd: Bool { position >= end }

  /// The characters not read yet.
  var remainingText: String { String(characters[position..<end]) }

  /// Skips whitespace.
  mutating func skipSpaces() {
    while position < end, characters[position].isWhitespace { position += 1 }
  }

  /// Reads `+` (false) or `-`/`−` (true), if next.
  mutating func readSign() -> Bool? {
    guard position < end else { return nil }
    switch characters[position] {
    case "+":
      position += 1
      return false
    case "-", "−":
      position += 1
      return true
    default:
      return nil
    }
  }

  /// Reads a currency symbol or a run of letters, if next.
  mutating func readMarker() -> CurrencyMarker? {
    for (text, marker) in CurrencyMarker.symbols where hasPrefix(text) {
      // A symbol written in letters (`RM`, `Rs`) must end its word: `RMB` is a code.
      let after = position + text.count
      if text.last?.isLetter == true, after < end, characters[after].isLetter { continue }
      position = after
      return marker
    }
    let start = position
    while position < end, characters[position].isLetter { position += 1 }
    guard position > start else { return nil }
    return CurrencyMarker(word: String(characters[start..<position]))
  }

  /// Reads digits, separators and inner spaces, then an optional `k` or `m`.
  ///
  /// Returns nil unless the number starts and ends with a digit.
  mutating func readNumber() -> ScannedNumber? {
    let start = position
    while position < end, Self.isNumberCharacter(characters[position]) { position += 1 }
    while position > start, characters[position - 1].isWhitespace { position -= 1 }
    let body = Array(characters[start..<position])
    guard let first = body.first, first.isASCIIDigit, body.last?.isASCIIDigit == true else {
      return nil
    }
    var scale = 0
    // A scale letter stands alone: `12k GBP`, but `12kr` is 12 kronor.
    if position < end, position + 1 >= end || !characters[position + 1].isLetter {
      switch characters[position] {
      case "k", "K": scale = 3
      case "m", "M": scale = 6
      default: break
      }
      if scale > 0 { position += 1 }
    }
    return ScannedNumber(body: body, scale: scale, text: String(characters[start..<position]))
  }

  /// Whether the unread text starts with `text`, ignoring case.
  private func hasPrefix(_ text: String) -> Bool {
    let wanted = Array(text.lowercased())
    guard end - position >= wanted.count else { return false }
    return zip(characters[position...], wanted).allSatisfy { $0.lowercased() == String($1) }
  }

  /// Digits, `.`, `,`, apostrophes and whitespace can be part of a number.
  private static func isNumberCharacter(_ character: Character) -> Bool {
    character.isASCIIDigit || character == "." || character == ","
      || character == "'" || character == "’" || character.isWhitespace
  }
}
