import Foundation

/// What a plain-words line says about a case to open: the client and the
/// invoice number (`Acme haven't paid invoice 42`, `my client Bright Co owes
/// me for INV-7`).
public struct NewCaseWords: Hashable, Sendable {
  /// The client's name: the capitalised words the line opens with, or that
  /// follow "client", "from" or "to".
  public let client: String?
  /// The invoice number: the word after "invoice", "inv" or "#" that has a
  /// digit, or a word such as `INV-7` that is one.
  public let invoice: String?
  /// Whether the day the line names is the day the invoice was due.
  public let namesDueDay: Bool

  /// Words that open a line without naming anyone.
  private static let notNames: Set<String> = [
    "i", "i'm", "im", "they", "they're", "we", "my", "our", "the", "client", "he", "she", "it",
    "invoice", "hi", "hello", "so", "but", "and", "still", "a", "an", "new", "this", "that",
    "there", "please", "can", "could", "how", "what", "help", "start", "open", "add",
  ]

  /// Reads `text`.
  public init(_ text: String) {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    client = Self.client(in: words)
    invoice = Self.invoice(in: words)
    namesDueDay = words.contains {
      $0.lowercased().trimmingCharacters(in: .punctuationCharacters) == "due"
    }
  }

  private static func client(in words: [String]) -> String? {
    var starts = [0]
    for (index, word) in words.enumerated()
    where ["client", "from", "to"].contains(word.lowercased()) {
      starts.append(index + 1)
    }
    for start in starts {
      let name = capitalisedRun(in: words, from: start)
      if !name.isEmpty { return name.joined(separator: " ") }
    }
    return nil
  }

  /// The capitalised words from `start` on (with `&` between them), ending at
  /// a comma or a word that is not capitalised.
  private static func capitalisedRun(in words: [String], from start: Int) -> [String] {
    var run: [String] = []
    var index = start
    while index < words.count {
      var word = words[index]
      let endsClause = word.hasSuffix(",")
      word = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?"))
      if word.hasSuffix("'s") || word.hasSuffix("’s") { word = String(word.dropLast(2)) }
      let isName =
        (word.first?.isUppercase ?? false) && !notNames.contains(word.lowercased())
        || (word == "&" && !run.isEmpty)
      guard isName else { break }
      run.append(word)
      index += 1
      if endsClause { break }
    }
    while run.last == "&" { run.removeLast() }
    return run
  }

  private static func invoice(in words: [String]) -> String? {
    let markers: Set<String> = ["invoice", "inv", "inv.", "#", "no", "no.", "number"]
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      if lower.hasPrefix("#"), let number = number(String(word.dropFirst())) { return number }
      if lower.hasPrefix("inv"), !markers.contains(lower), !lower.hasPrefix("invoice"),
        let number = number(word)
      {
        return number
      }
      guard markers.contains(lower) else { continue }
      for next in words.dropFirst(index + 1).prefix(2) {
        if let number = number(next) { return number }
        guard markers.contains(next.lowercased()) else { break }
      }
    }
    return nil
  }

  /// `word` as an invoice number, when it has a digit.
  private static func number(_ word: String) -> String? {
    let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?#()"))
    guard trimmed.contains(where: \.isNumber), !trimmed.contains(where: \.isCurrencySymbol)
    else { return nil }
    return trimmed
  }
}

extension Character {
  /// Whether this is a currency sign such as `£` or `$`.
  fileprivate var isCurrencySymbol: Bool {
    unicodeScalars.first?.properties.generalCategory == .currencySymbol
  }
}
