extension String {
  /// The text with lines broken between words so that none is wider than
  /// `width` columns (see ``displayWidth``); see ``wrappedLines(width:continuationIndent:)``.
  func wrapped(width: Int, continuationIndent: String = "") -> String {
    wrappedLines(width: width, continuationIndent: continuationIndent).joined(separator: "\n")
  }

  /// The text as lines no wider than `width` columns, broken between words.
  ///
  /// Existing line breaks stay. A line's leading spaces stay, and the lines it
  /// is broken into are indented as far, plus `continuationIndent` (unless that
  /// leaves less than half the width). A word wider than a line is broken
  /// after its last dash that fits, else where it reaches the edge, so no
  /// line runs on past `width`.
  func wrappedLines(width: Int, continuationIndent: String = "") -> [String] {
    let width = Swift.max(1, width)
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      let linesBefore = lines.count
      let leading = String(paragraph.prefix { $0 == " " })
      let firstIndent = leading.count * 2 <= width ? leading : ""
      let nextIndent =
        (firstIndent + continuationIndent).count * 2 <= width
        ? firstIndent + continuationIndent
        : firstIndent
      var line = firstIndent
      var lineWidth = firstIndent.count
      var hasWords = false
      func startLine() {
        lines.append(line)
        line = nextIndent
        lineWidth = nextIndent.count
        hasWords = false
      }
      for word in paragraph.split(separator: " ") {
        var rest = String(word)
        var restWidth = rest.displayWidth
        if hasWords, lineWidth + 1 + restWidth > width { startLine() }
        if hasWords {
          line += " "
          lineWidth += 1
        }
        // A word too wide for a line of its own is cut at the edge.
        while lineWidth + restWidth > width {
          var (head, tail) = rest.splitAtWidth(width - lineWidth)
          if head.isEmpty, lineWidth > 0 {
            // Not one character fits after the indent: this line goes without it.
            line = ""
            lineWidth = 0
            continue
          }
          if head.isEmpty {
            head = rest.prefix(1)  // a character wider than the whole line goes on its own
            tail = rest.dropFirst()
          } else if let dash = head.dropLast().lastIndex(of: "-") {
            // A hyphenated word or a case id breaks after a dash where it can.
            (head, tail) = (rest[...dash], rest[rest.index(after: dash)...])
          }
          line += head
          rest = String(tail)
          restWidth = rest.displayWidth
          hasWords = true
          startLine()
        }
        if !rest.isEmpty {
          line += rest
          lineWidth += restWidth
          hasWords = true
        }
      }
      if hasWords {
        lines.append(line)
      } else if lines.count == linesBefore {
        lines.append("")  // an empty line stays
      }
    }
    return lines
  }
}
