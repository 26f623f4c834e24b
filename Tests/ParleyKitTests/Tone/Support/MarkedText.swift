/// Text with emoji markers (`1️⃣`, `2️⃣`, ...) that stand for positions, as in
/// swift-format's tests: the markers are removed and their UTF-8 offsets kept.
///
///     let marked = MarkedText("We will 1️⃣take you to court2️⃣.")
///     marked.text               // "We will take you to court."
///     marked.offsets["1️⃣"]      // 8
struct MarkedText {
  /// The text without its markers.
  let text: String
  /// Each marker's UTF-8 offset in ``text``.
  let offsets: [String: Int]

  /// Strips the keycap-emoji markers from `marked`.
  init(_ marked: String) {
    var text = ""
    var offsets: [String: Int] = [:]
    for character in marked {
      if Self.isMarker(character) {
        offsets[String(character)] = text.utf8.count
      } else {
        text.append(character)
      }
    }
    self.text = text
    self.offsets = offsets
  }

  /// The UTF-8 range between two markers.
  func range(_ start: String, _ end: String) -> Range<Int>? {
    guard let lower = offsets[start], let upper = offsets[end] else { return nil }
    return lower..<upper
  }

  /// The 1-based line and Character column of a UTF-8 offset, counted the
  /// slow, obvious way, to check the checker's faster count.
  func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var consumed = 0
    for character in text {
      if consumed >= offset { break }
      consumed += character.utf8.count
      if character == "\n" || character == "\r\n" || character == "\r" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }

  private static func isMarker(_ character: Character) -> Bool {
    let scalars = Array(character.unicodeScalars)
    return scalars.count == 3 && ("0"..."9").contains(scalars[0]) && scalars[1] == "\u{FE0F}"
      && scalars[2] == "\u{20E3}"
  }
}
