/// Readable plain text from an HTML mail body: tags dropped, scripts, styles
/// and the title removed, block ends as line breaks, entities decoded.
public enum HTMLText {
  /// The text a reader of `html` sees, one paragraph or list item a line.
  public static func plainText(_ html: String) -> String {
    let scalars = Array(html.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var lastWasSpace = true
    func emit(_ scalar: Unicode.Scalar) {
      if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
      } else {
        out.append(scalar)
        lastWasSpace = false
      }
    }
    // A block's start and end give one line break, not two; each <br> gives its own.
    func breakLine(always: Bool) {
      while out.last == " " { out.removeLast() }
      if !always, out.last == "\n" || out.isEmpty { return }
      out.append("\n")
      lastWasSpace = true
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<" {
        if matches(scalars, at: index, "<!--") {
          index = find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
          continue
        }
        let close = scalars[index...].firstIndex(of: ">") ?? scalars.count
        let tag = tagName(scalars[(index + 1)..<close])
        index = min(close + 1, scalars.count)
        // What a reader never sees on the page: scripts, styles, the window's title.
        if tag == "script" || tag == "style" || tag == "title" {
          index = find(scalars, "</\(tag)", from: index) ?? scalars.count
          continue
        }
        if lineBreakTags.contains(tag) { breakLine(always: tag == "br") }
        continue
      }
      if scalar == "&", let (decoded, end) = entity(scalars, at: index) {
        for piece in decoded.unicodeScalars { emit(piece) }
        index = end
        continue
      }
      emit(scalar)
      index += 1
    }
    return tidy(String(out))
  }

  private static let lineBreakTags: Set<String> = [
    "br", "p", "/p", "div", "/div", "li", "/li", "tr", "/tr", "/h1", "/h2", "/h3", "/h4", "/h5",
    "/h6", "h1", "h2", "h3", "h4", "h5", "h6", "/ul", "/ol", "/table", "blockquote", "/blockquote",
  ]

  /// Trims each line and keeps at most one empty line between paragraphs.
  static func tidy(_ text: String) -> String {
    var lines: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }.reversed().drop { $0 == " " }
      let clean = Substring(String(trimmed.reversed()))
      if clean.isEmpty, lines.last?.isEmpty ?? true { continue }
      lines.append(clean)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> String {
    var name = ""
    for scalar in inside {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == ">" {
        if name.isEmpty || name == "/" { continue }
        break
      }
      if scalar == "/" && !name.isEmpty { break }
      name.unicodeScalars.append(scalar)
    }
    return name.lowercased()
  }

  private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ text: String) -> Bool {
    let wanted = Array(text.unicodeScalars)
    guard index + wanted.count <= scalars.count else { return false }
    return (0..<wanted.count).allSatisfy {
      String(scalars[index + $0]).lowercased() == String(wanted[$0]).lowercased()
    }
  }

  /// Where `text` next starts at or after `start`, ignoring case.
  private static func find(_ scalars: [Unicode.Scalar], _ text: String, from start: Int) -> Int? {
    var index = start
    while index < scalars.count {
      if matches(scalars, at: index, text) { return index }
      index += 1
    }
    return nil
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "pound": "£",
    "euro": "€", "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—",
    "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
    "raquo": "»", "bull": "•", "middot": "·", "deg": "°", "eacute": "é", "egrave": "è",
    "agrave": "à", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
    "yen": "¥", "cent": "¢", "sect": "§", "times": "×",
  ]

  /// The text of the entity at `start` and the index after it, or nil when it is not one.
  private static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    var index = start + 1
    var name = ""
    while index < scalars.count, index - start <= 10, scalars[index] != ";" {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard index < scalars.count, scalars[index] == ";", !name.isEmpty else { return nil }
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let code: UInt32?
      if digits.first == "x" || digits.first == "X" {
        code = UInt32(digits.dropFirst(), radix: 16)
      } else {
        code = UInt32(digits)
      }
      guard let code, let scalar = Unicode.Scalar(code), code != 0 else { return nil }
      if (0x80...0x9F).contains(code) {  // browsers read these as Windows-1252
        return (MailCharset.windows1252([UInt8(code)][...]), index + 1)
      }
      return (String(scalar), index + 1)
    }
    guard let text = named[name] ?? named[name.lowercased()] else { return nil }
    return (text, index + 1)
  }
}
