import Testing

@testable import ParleyShell

/// TEXT escaping (RFC 5545 §3.3.11).
@Suite("ICS text escaping")
struct ICSTextEscapingTests {
  @Test(
    "special characters are escaped, line breaks become \\n, other controls go",
    arguments: [
      ("plain text", "plain text"),
      ("INV-042, ACME Ltd", #"INV-042\, ACME Ltd"#),
      ("a;b", #"a\;b"#),
      (#"C:\path"#, #"C:\\path"#),
      (#"\n is not a newline"#, #"\\n is not a newline"#),
      ("line 1\nline 2", #"line 1\nline 2"#),
      ("line 1\r\nline 2", #"line 1\nline 2"#),
      ("line 1\rline 2", #"line 1\nline 2"#),
      ("two\n\nbreaks", #"two\n\nbreaks"#),
      ("\r\n\r\n", #"\n\n"#),
      ("ends in CR\r", #"ends in CR\n"#),
      ("tab\tkept", "tab\tkept"),
      ("bell\u{07}null\u{00}del\u{7F}esc\u{1B}", "bellnulldelesc"),
      ("colon: and \"quotes\" stay", "colon: and \"quotes\" stay"),
      ("£400 — 株式会社 😀", "£400 — 株式会社 😀"),
      (#"\,;"#, #"\\\,\;"#),
    ])
  func escaping(input: String, expected: String) {
    #expect(Array(ICSWriter.escapeText(input).utf8) == Array(expected.utf8))
  }

  /// Reads escaped TEXT back, as RFC 5545 defines it.
  static func unescape(_ text: String) -> String {
    var result = ""
    var escaping = false
    for scalar in text.unicodeScalars {
      if escaping {
        result.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  @Test("unescaping gives back the text, line breaks as LF, for 2,000 random strings")
  func roundTrip() {
    let alphabet: [Unicode.Scalar] = ["a", " ", ",", ";", "\\", "n", "\n", "\t", "£", "😀", ":"]
    var generator = ExportTestRandom(seed: 42)
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 40) {
        text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let escaped = ICSWriter.escapeText(text)
      #expect(ICSTextEscapingTests.unescape(escaped) == text)
      #expect(!escaped.unicodeScalars.contains("\n"))
      for (index, scalar) in escaped.unicodeScalars.enumerated()
      where scalar == ";" || scalar == "," {
        let before = escaped.unicodeScalars.prefix(index).reversed().prefix { $0 == "\\" }.count
        #expect(before % 2 == 1, "an unescaped \(scalar) in \(escaped)")
      }
    }
  }

  @Test("the calendar name, summary, description and alarm text are all escaped")
  func everyTextPropertyIsEscaped() throws {
    let event = ICSEvent(
      uid: "u@parley.invalid", day: ExportFixtures.day(2026, 3, 2), summary: "a,b",
      description: "c;d\ne", alarms: [ICSAlarm(description: "f\\g")])
    let calendar = ICSCalendar(events: [event], stamp: ExportFixtures.stamp, name: "h,i")
    let lines = try ICSWriter.contentLines(calendar)
    #expect(lines.contains(#"NAME:h\,i"#))
    #expect(lines.contains(#"X-WR-CALNAME:h\,i"#))
    #expect(lines.contains(#"SUMMARY:a\,b"#))
    #expect(lines.contains(#"DESCRIPTION:c\;d\ne"#))
    #expect(lines.contains(#"DESCRIPTION:f\\g"#))
  }
}
