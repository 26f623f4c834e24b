extension ReplyText {
  /// The client's own words: the kept lines, joined with line breaks.
  var keptText: String {
    keptLines.map { String(lines[$0]) }.joined(separator: "\n")
  }
}
