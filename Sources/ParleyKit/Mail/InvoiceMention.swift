/// Finds an invoice number named in the text of an email.
///
/// A number with letters (`INV-042`) counts wherever it stands as a whole
/// token; a number of digits alone (`2001`) counts only after a word for an
/// invoice (`invoice 2001`, `Rechnung Nr. 2001`) or a `#`, since bare digits
/// are also prices, years and phone numbers.
struct InvoiceMention {
  /// The text, lowercased, read once for every invoice number looked for.
  private let characters: [Character]

  /// Prepares `text` for looking up invoice numbers.
  init(_ text: String) {
    characters = Array(text.lowercased())
  }

  /// Whether `number` is named in the text.
  func names(_ number: String) -> Bool {
    let wanted = Array(number.lowercased())
    guard let first = wanted.first else { return false }
    let digitsOnly = wanted.allSatisfy(\.isNumber)
    var start = 0
    while start + wanted.count <= characters.count {
      if characters[start] == first,
        characters[start..<start + wanted.count].elementsEqual(wanted),
        start == 0 || !Self.isTokenCharacter(characters[start - 1]),
        start + wanted.count == characters.count
          || !Self.isTokenCharacter(characters[start + wanted.count]),
        !digitsOnly || Self.followsInvoiceWord(characters[..<start])
      {
        return true
      }
      start += 1
    }
    return false
  }

  private static func isTokenCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  private static let invoiceWords = ["inv", "rechnung", "factur", "fattura", "factuur", "bill"]
  private static let fillerWords: Set<String> = ["no", "nr", "number", "num", "n°", "#"]

  /// Whether the words just before a number say it is an invoice's.
  private static func followsInvoiceWord(_ before: ArraySlice<Character>) -> Bool {
    let tail = String(before.suffix(40))
    if tail.last == "#" { return true }
    let words = tail.split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "." })
      .map(String.init)
    for word in words.reversed().prefix(3) {
      if invoiceWords.contains(where: word.hasPrefix) { return true }
      guard fillerWords.contains(word) else { return false }
    }
    return false
  }
}
