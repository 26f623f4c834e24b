/// Reads `format=flowed` plain text (RFC 3676) back into the lines its writer typed.
///
/// A flowed sender wraps each paragraph into short lines and ends every line
/// but the last with a space (a soft break); the reader joins them again.
enum FlowedText {
  /// The text of a `format=flowed` body, LF line ends, with soft breaks joined.
  ///
  /// - A line ending in a space is joined to the next line of the same quote
  ///   depth; with `deletingSpace` (`DelSp=yes`) that trailing space is the
  ///   sender's, added for the break, and is removed.
  /// - One space after the quote marks (or at the start of an unquoted line)
  ///   is space-stuffing and is removed.
  /// - The signature separator `-- ` is never joined, nor is a line joined
  ///   across a change of quote depth or onto an empty line.
  /// - Quoted lines come out as `>` marks, a space, and the joined text.
  static func unflowed(_ text: String, deletingSpace: Bool) -> String {
    var lines: [String] = []
    // The paragraph being joined: its quote depth, and its text so far, grown
    // in place so a long paragraph costs linear time.
    var openDepth: Int? = nil
    var paragraph = ""
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = raw[...]
      let depth = line.prefix { $0 == ">" }.count
      line = line.dropFirst(depth)
      if line.first == " " { line = line.dropFirst() }
      let isSignatureSeparator = line == "-- "
      if let open = openDepth, open != depth || line.isEmpty || isSignatureSeparator {
        // What follows is not this paragraph's continuation.
        lines.append(rendered(depth: open, paragraph))
        openDepth = nil
        paragraph = ""
      }
      let isSoftBreak = !isSignatureSeparator && line.last == " "
      if isSoftBreak && deletingSpace { line = line.dropLast() }
      paragraph += line
      if isSoftBreak {
        openDepth = depth
      } else {
        lines.append(rendered(depth: depth, paragraph))
        openDepth = nil
        paragraph = ""
      }
    }
    if let open = openDepth { lines.append(rendered(depth: open, paragraph)) }
    return lines.joined(separator: "\n")
  }

  private static func rendered(depth: Int, _ text: String) -> String {
    guard depth > 0 else { return text }
    let marks = String(repeating: ">", count: depth)
    return text.isEmpty ? marks : marks + " " + text
  }
}
