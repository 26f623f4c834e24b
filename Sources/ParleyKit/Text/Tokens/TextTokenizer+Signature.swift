extension TextTokenizer {
  /// Marks the signature block: the lines after a `--` line, or after a
  /// sign-off line ("Kind regards,") near the end, up to any quoted history.
  mutating func markSignature() {
    var start: Int?
    var limit = Int.max
    if let marker = lines.firstIndex(where: { $0.isSignatureMarker && !$0.isQuoted }) {
      start = marker + 1
    } else {
      var seen = 0
      for index in lines.indices.reversed() where !lines[index].isQuoted && !lines[index].isBlank {
        if isSignOff(lines[index]) {
          start = index + 1
          break
        }
        seen += 1
        if seen > 8 { break }
      }
      limit = 8
    }
    guard var index = start else { return }
    var end = index
    var count = 0
    while end < lines.count, !lines[end].isQuoted {
      if !lines[end].isBlank { count += 1 }
      end += 1
    }
    guard count <= limit else { return }
    while index < end {
      lines[index].inSignature = true
      for token in lines[index].firstToken..<lines[index].tokenEnd {
        tokens[token].flags.insert(.signature)
      }
      index += 1
    }
  }

  /// Whether the line is only a sign-off such as "Kind regards," or "Thanks".
  private func isSignOff(_ line: TextLine) -> Bool {
    let count = line.tokenEnd - line.firstToken
    guard (1...4).contains(count) else { return false }
    var hasKey = false
    for token in tokens[line.firstToken..<line.tokenEnd] {
      let flags = lexicon.flags(token.id)
      guard flags.contains(.valediction) else { return false }
      if flags.contains(.valedictionKey) { hasKey = true }
    }
    return hasKey
  }
}
