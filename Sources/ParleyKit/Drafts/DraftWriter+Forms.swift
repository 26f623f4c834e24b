extension DraftWriter {
  /// The email body: date (for a letter), greeting, paragraphs, sign-off
  /// ("Kind regards," and the sender's name when given), enclosures.
  func email(_ content: DraftContent) -> String {
    var blocks: [String] = []
    if content.isDated { blocks.append(facts.today.inWords) }
    blocks.append("Dear \(greetingName),")
    blocks += content.paragraphs
    blocks.append(["Kind regards,", facts.senderName].compactMap { $0 }.joined(separator: "\n"))
    if !content.enclosures.isEmpty {
      blocks.append((["Enclosures:"] + content.enclosures.map { "- \($0)" }).joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// The short message: `Hello Jane,` then the sentences, then thanks and
  /// the sender's name when given, on one line.
  func shortMessage(_ content: DraftContent) -> String {
    let thanks = facts.senderName.map { "Thank you, \($0)" } ?? "Thank you."
    return (["Hello \(greetingName),"] + content.sentences + [thanks]).joined(separator: " ")
  }
}
