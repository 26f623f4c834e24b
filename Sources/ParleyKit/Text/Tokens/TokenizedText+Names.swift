extension TokenizedText {
  /// Whether token `index` is probably a name: capitalised, and not the first
  /// word of its sentence ("Hi Sue,", "Thanks, Sue").
  func isLikelyName(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.flags.contains(.capitalized), !token.flags.contains(.allCaps) else {
      return false
    }
    return index > 0 && tokens[index - 1].sentence == token.sentence
  }
}
