extension ICSWriter {
  /// Escapes a TEXT value (RFC 5545 §3.3.11).
  ///
  /// Backslash, semicolon and comma get a backslash; a line break (CRLF, LF or
  /// a lone CR) becomes the two characters `\n`. Other control characters,
  /// which TEXT does not allow, are dropped; a tab is kept.
  static func escapeText(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\\": escaped += "\\\\"
      case ";": escaped += "\\;"
      case ",": escaped += "\\,"
      case "\r": escaped += "\\n"
      case "\n": if !afterCarriageReturn { escaped += "\\n" }
      case "\t": escaped.unicodeScalars.append(scalar)
      case "\u{00}"..."\u{1F}", "\u{7F}": break
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
