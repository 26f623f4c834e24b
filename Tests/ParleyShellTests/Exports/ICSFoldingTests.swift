import Testing

@testable import ParleyShell

/// Folding at 75 octets (RFC 5545 §3.1): never inside a UTF-8 sequence, and reversible.
@Suite("ICS folding")
struct ICSFoldingTests {
  /// Undoes folding as a reader does: removes every CRLF followed by one space.
  static func unfold(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if index + 2 < bytes.count, bytes[index] == 13, bytes[index + 1] == 10,
        bytes[index + 2] == 32
      {
        index += 3
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// The physical lines of a folded line, as bytes.
  static func physicalLines(_ folded: String) -> [[UInt8]] {
    var lines: [[UInt8]] = [[]]
    let bytes = Array(folded.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
        lines.append([])
        index += 2
      } else {
        lines[lines.count - 1].append(bytes[index])
        index += 1
      }
    }
    return lines
  }

  /// Checks the laws for one line: no physical line over 75 octets, each one valid
  /// UTF-8 on its own, continuations start with one space, and unfolding restores it.
  static func checkLaws(
    _ line: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let folded = ICSWriter.fold(line)
    let lines = physicalLines(folded)
    for (number, physical) in lines.enumerated() {
      #expect(
        physical.count <= 75, "line \(number): \(physical.count) octets",
        sourceLocation: sourceLocation)
      #expect(
        String(validating: physical, as: UTF8.self) != nil,
        "line \(number) splits a UTF-8 sequence", sourceLocation: sourceLocation)
      if number > 0 {
        #expect(physical.first == 32, sourceLocation: sourceLocation)
        #expect(physical.count > 1, "an empty continuation", sourceLocation: sourceLocation)
      }
    }
    #expect(unfold(Array(folded.utf8)) == Array(line.utf8), sourceLocation: sourceLocation)
    if line.utf8.count <= 75 {
      #expect(folded == line, "a short line is left alone", sourceLocation: sourceLocation)
    }
  }

  @Test("exactly 75 octets stay on one line; 76 fold after 75")
  func asciiBoundary() {
    let seventyFive = String(repeating: "a", count: 75)
    #expect(ICSWriter.fold(seventyFive) == seventyFive)
    #expect(ICSWriter.fold(seventyFive + "b") == seventyFive + "\r\n b")
    let continuation = String(repeating: "c", count: 74)
    #expect(
      ICSWriter.fold(seventyFive + continuation + "d")
        == seventyFive + "\r\n " + continuation + "\r\n d",
      "a continuation holds the space plus 74 octets")
  }

  @Test(
    "a multibyte character straddling octet 75 moves whole to the next line",
    arguments: [
      ("£", 2), ("€", 3), ("株", 3), ("😀", 4),
    ])
  func straddlingScalar(character: String, width: Int) {
    #expect(character.utf8.count == width)
    // Ends exactly at octet 75: stays.
    let fits = String(repeating: "a", count: 75 - width) + character
    #expect(ICSWriter.fold(fits) == fits)
    // Each start from 1 to width-1 octets before the boundary would split it.
    for overhang in 1..<width {
      let prefix = String(repeating: "a", count: 75 - width + overhang)
      let folded = ICSWriter.fold(prefix + character + "z")
      #expect(folded == prefix + "\r\n " + character + "z")
      #expect(ICSFoldingTests.physicalLines(folded)[0].count == 75 - width + overhang)
    }
  }

  @Test("a flag (two scalars, 8 octets) may break between its scalars, never inside one")
  func flagAtBoundary() {
    let flag = "🇬🇧"
    let line = String(repeating: "a", count: 71) + flag
    let folded = ICSWriter.fold(line)
    #expect(folded == String(repeating: "a", count: 71) + "🇬\r\n 🇧")
    ICSFoldingTests.checkLaws(line)
  }

  @Test(
    "the laws hold for lines of every length with £, €, CJK, emoji and combining marks",
    arguments: ["£", "€", "株", "😀", "e\u{301}", "👩‍👩‍👧", "a£", "x€😀"])
  func lawsForRepeatedText(unit: String) {
    for count in 0...80 {
      ICSFoldingTests.checkLaws("SUMMARY:" + String(repeating: unit, count: count))
    }
  }

  @Test("the laws hold for 2,000 seeded random lines")
  func lawsForRandomLines() {
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", " ", ",", ";", "\\", "£", "€", "é", "\u{301}", "株", "ア", "😀", "🎉", "\u{200D}",
      "🇬", "🇧", "\u{10FFFF}",
    ]
    var generator = ExportTestRandom(seed: 0x5EED_1CA1)
    for _ in 0..<2000 {
      var line = ""
      let length = Int(generator.next() % 200)
      for _ in 0..<length {
        line.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      ICSFoldingTests.checkLaws(line)
    }
  }
}
