import Foundation

/// Text as a search compares it: lower case, without accents (`Zoë` and
/// `ZOE` read alike, `Straße` as `strasse`).
///
/// Folds character by character, so the folding of any part of a text is a
/// part of the text's folding: whatever a search finds in a line, it finds
/// in the folded line.
public enum TextFolding {
  /// Letters whose canonical decomposition has no ASCII base.
  private static let foldings: [Character: String] = [
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
  ]

  /// `text` folded.
  public static func fold(_ text: String) -> String {
    // Most text is ASCII: lower-cased byte by byte.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text { out += fold(character) }
    return out
  }

  /// Where `folded` (a folded text) first stands in `line`, in `line`'s
  /// characters; nil when it does not.
  public static func firstMatch(of folded: String, in line: String) -> Range<Int>? {
    let needle = Array(folded)
    guard !needle.isEmpty else { return nil }
    var haystack: [Character] = []
    var origin: [Int] = []
    for (index, character) in line.enumerated() {
      for piece in fold(character) {
        haystack.append(piece)
        origin.append(index)
      }
    }
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return origin[start]..<(origin[start + needle.count - 1] + 1)
    }
    return nil
  }

  /// One character folded: lower case, its accents dropped.
  private static func fold(_ character: Character) -> String {
    if let folded = foldings[character] { return folded }
    if character.isASCII { return character.lowercased() }
    let plain = String(character).folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    return plain.lowercased()
  }
}
