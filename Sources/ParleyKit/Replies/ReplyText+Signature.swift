extension ReplyText {
  /// Sign-offs that, alone on a line (perhaps with a comma and a name), end the
  /// client's words: what follows is a signature.
  static let signOffs: Set<String> = [
    "thanks", "thank you", "many thanks", "thanks again", "thanks so much", "cheers", "ta",
    "thx", "regards", "kind regards", "best regards", "warm regards", "warmest regards",
    "best", "best wishes", "with best wishes", "all the best", "sincerely",
    "yours sincerely", "yours faithfully", "yours truly", "yours", "respectfully",
    "mit freundlichen grüßen", "many thanks and regards", "speak soon", "talk soon",
  ]

  /// Whether a folded line always starts a signature: `--`, or a mobile footer
  /// ("Sent from my iPhone").
  static func isSignatureDelimiter(_ folded: String) -> Bool {
    folded == "--" || folded == "—" || folded == "__" || folded.hasPrefix("sent from my ")
      || folded.hasPrefix("get outlook for ")
  }

  /// Whether a line is a sign-off alone on its line after some text, which
  /// starts a signature when a short, name-like block follows it.
  ///
  /// A sign-off may carry a capitalised name of up to two words (`Thanks, Dave`,
  /// `Cheers Jo`). With no text before it, a lone "Thanks" is the whole answer,
  /// not a signature.
  /// - Parameters:
  ///   - raw: The line, trimmed, as written.
  ///   - folded: The same line, folded (see ``Swift/String/replyFolded``).
  ///   - hasTextBefore: Whether any kept line before it has text.
  static func isSignOff(_ raw: String, folded: String, hasTextBefore: Bool) -> Bool {
    guard hasTextBefore else { return false }
    let separators: Set<Character> = [" ", ",", ".", "!", "\t"]
    let words = folded.split { separators.contains($0) }.map(String.init)
    let rawWords = raw.split { separators.contains($0) }
    guard !words.isEmpty, words.count == rawWords.count else { return false }
    for nameWords in 0...min(2, words.count - 1) {
      let names = rawWords.suffix(nameWords)
      guard names.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
      if signOffs.contains(words.dropLast(nameWords).joined(separator: " ")) { return true }
    }
    return false
  }
}
