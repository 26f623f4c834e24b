/// Makes user text safe to place in Markdown: shown as written, never read as markup.
enum MarkdownEscaping {
  /// Characters that could start emphasis, code, a link, raw HTML, a table cell or strikethrough.
  private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

  /// `text` on one line, with markup characters backslash-escaped and control
  /// characters shown escaped.
  ///
  /// Line breaks become spaces (use ``fenced(_:)`` for text whose lines
  /// matter); `&` is escaped where it could start an entity (`&amp;`).
  static func inline(_ text: String) -> String {
    var escaped = ""
    var previousWasAmpersand = false
    for character in TerminalText.safe(text, resolvingStyle: false) {
      if previousWasAmpersand, character.isLetter || character == "#" {
        escaped.insert("\\", at: escaped.index(before: escaped.endIndex))
      }
      previousWasAmpersand = character == "&"
      if character.isNewline {
        escaped.append(" ")
      } else {
        if special.contains(character) { escaped.append("\\") }
        escaped.append(character)
      }
    }
    return escaped
  }

  /// `text` verbatim in a fenced block, its fence longer than any run of `~`
  /// inside it; control characters are escaped (see ``TerminalText``), so the
  /// record cannot take over a terminal it is printed on.
  static func fenced(_ text: String) -> String {
    let text = TerminalText.safe(text, resolvingStyle: false)
    var longest = 0
    var run = 0
    for character in text {
      run = character == "~" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "~", count: max(3, longest + 1))
    let body = text.hasSuffix("\n") ? text : text + "\n"
    return "\(fence)text\n\(body)\(fence)\n"
  }
}
