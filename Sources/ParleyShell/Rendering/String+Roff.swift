/// Text for the manual page's roff source.
extension String {
  /// Prose for roff: backslashes escaped, a dash that starts a word (an
  /// option's `--`) written as the minus sign a reader can copy, characters
  /// beyond ASCII as `\[uXXXX]`, and a line that would start with `.` or `'`
  /// guarded, so no text is read as a request.
  var roffEscaped: String { roff(allDashes: false) }

  /// A command, option or example for roff: like ``roffEscaped``, with every
  /// dash a minus sign, so what is copied runs as typed.
  var roffLiteral: String { roff(allDashes: true) }

  private func roff(allDashes: Bool) -> String {
    var result = ""
    var previous: Character?
    for character in self {
      switch character {
      case "\\": result += "\\e"
      case "-" where allDashes || !(previous?.isLetter ?? false || previous?.isNumber ?? false):
        result += "\\-"
      case _ where character.isASCII: result.append(character)
      default:
        for scalar in character.unicodeScalars {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
        }
      }
      previous = character
    }
    return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}
