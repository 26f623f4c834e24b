extension TextTokenizer {
  /// Marks the signature's lines and tokens, as ``MessageLayout`` found them.
  mutating func markSignature() {
    for index in lines.indices
    where index < layout.roles.count && layout.roles[index] == .signature {
      lines[index].inSignature = true
      for token in lines[index].firstToken..<lines[index].tokenEnd {
        tokens[token].flags.insert(.signature)
      }
    }
  }
}
