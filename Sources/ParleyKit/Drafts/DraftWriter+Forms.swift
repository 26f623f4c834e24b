extension DraftWriter {
  /// The email body: date (for a letter), greeting, paragraphs, sign-off
  /// ("Kind regards," and the sender's name when given), enclosures.
  func email(_ content: DraftContent) -> String {
    var blocks: [String] = []
    if content.isDated { blocks.append(facts.today.inWords) }
    blocks.append(emailGreeting(formal: content.isDated))
    blocks += content.paragraphs
    blocks.append(["Kind regards,", facts.senderName].compactMap { $0 }.joined(separator: "\n"))
    if !content.enclosures.isEmpty {
      blocks.append(
        (["Enclosures:"] + content.enclosures.map { "- \($0)" }).joined(separator: "\n"))
    }
    return DraftWriter.closingDoubleStops(blocks.joined(separator: "\n\n"))
  }

  /// The short message: `Hello Jane,` then the sentences, then thanks and
  /// the sender's name when given, on one line.
  func shortMessage(_ content: DraftContent) -> String {
    let thanks = facts.senderName.map { "Thank you, \($0)" } ?? "Thank you."
    let text = ([shortGreeting] + content.sentences + [thanks]).joined(separator: " ")
    return DraftWriter.closingDoubleStops(text)
  }

  /// `text` with each `..` made `.`: a name ending in a full stop (`Acme,
  /// Inc.`) at the end of a sentence. An ellipsis (`...`) is kept.
  static func closingDoubleStops(_ text: String) -> String {
    guard text.contains("..") else { return text }
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      var run = 0
      while index + run < characters.count, characters[index + run] == "." { run += 1 }
      if run == 0 {
        result.append(characters[index])
        index += 1
      } else {
        result += run == 2 ? "." : String(repeating: ".", count: run)
        index += run
      }
    }
    return result
  }
}
