/// Splits a typed command line into words the way a POSIX shell does for
/// quotes: `log --summary "first reminder"` gives three words.
///
/// Unlike a shell, a quote opens only at the start of a word (or after `=`),
/// so the apostrophe in `note they're paying Friday` is just a letter.
enum ArgumentTokenizer {
  /// The words of `line`; single quotes keep everything, double quotes allow `\"` and `\\`.
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` for an unclosed quote.
  static func words(of line: String) throws(ShellError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      if let open = quote {
        if character == open {
          quote = nil
        } else if open == "\"" && character == "\\" {
          if let next = iterator.next() {
            if next != "\"" && next != "\\" { current.append("\\") }
            current.append(next)
          } else {
            current.append("\\")
          }
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case _ where (character == "\"" || character == "'") && (!inWord || current.last == "="):
        quote = character
        inWord = true
      case "\\":
        if let next = iterator.next() { current.append(next) }
        inWord = true
      case _ where character.isWhitespace:
        if inWord { words.append(current) }
        current = ""
        inWord = false
      default:
        current.append(character)
        inWord = true
      }
    }
    if let open = quote {
      throw .usage("the \(open) quote is not closed; close it or remove it", command: nil)
    }
    if inWord { words.append(current) }
    return words
  }
}
