extension String {
  /// The text with lines broken between words so none is longer than `width`
  /// (a single longer word keeps its own line). Existing line breaks stay.
  func wrapped(width: Int, indent: String = "") -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      var lines: [String] = []
      var line = indent
      for word in paragraph.split(separator: " ") {
        if line.count > indent.count, line.count + 1 + word.count > width {
          lines.append(line)
          line = indent
        }
        line += (line.count > indent.count ? " " : "") + word
      }
      lines.append(line)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }
}
