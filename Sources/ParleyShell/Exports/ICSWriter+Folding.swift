extension ICSWriter {
  /// Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1).
  ///
  /// Breaks are CRLF followed by one space, and the space counts toward the
  /// next line's 75 octets. A break only ever falls between Unicode scalars,
  /// so no UTF-8 sequence is split; a line that must break inside a grapheme
  /// cluster (a flag, a family emoji) breaks between its scalars, which
  /// unfolding joins back exactly.
  /// - Parameter line: One content line, without its line end.
  /// - Returns: The folded line, without a final CRLF.
  static func fold(_ line: String) -> String {
    var folded = ""
    folded.reserveCapacity(line.utf8.count + line.utf8.count / 37)
    var octetsOnLine = 0
    for scalar in line.unicodeScalars {
      let width = UTF8.width(scalar)
      if octetsOnLine + width > maximumLineOctets {
        folded.unicodeScalars.append(contentsOf: "\r\n ".unicodeScalars)
        octetsOnLine = 1
      }
      folded.unicodeScalars.append(scalar)
      octetsOnLine += width
    }
    return folded
  }
}
