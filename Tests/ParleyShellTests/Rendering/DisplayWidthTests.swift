import Testing

@testable import ParleyShell

@Suite("Display width: what a monospaced terminal shows")
struct DisplayWidthTests {
  @Test(
    "each kind of character takes the columns a terminal gives it",
    arguments: [
      ("abc", 3), ("£1,200.50", 9), ("", 0),
      ("株式会社", 8), ("アクメ", 6), ("서울", 4), ("ＡＢ", 4), ("ｱ", 1), ("　", 2),
      ("😀", 2), ("🇬🇧", 2), ("👩‍👩‍👧", 2), ("👍🏽", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2),
      ("☺︎", 1),
      ("e\u{301}", 1), ("\u{301}", 0), ("a\u{200D}b", 2), ("\u{200B}", 0), ("\u{FEFF}", 0),
      ("soft\u{AD}hyphen", 11), ("Ωμέγα", 5), ("شركة", 4), ("Zoë", 3),
    ] as [(String, Int)])
  func widths(text: String, width: Int) {
    #expect(
      text.displayWidth == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  /// Cells as odd as people's names get: every kind of width, mixed.
  static let pieces = [
    "a", "Z", "1", " ", "£", "é", "e\u{301}", "株", "ア", "한", "Ａ", "ｱ", "😀", "🇯🇵", "👩‍💻",
    "❤️", "\u{301}", "\u{200D}", "ß", "Ω", "ش", "-", "^[",
  ]

  static func randomText(_ random: inout ExportTestRandom, maxLength: Int = 12) -> String {
    let length = Int.random(in: 0...maxLength, using: &random)
    return (0..<length).map { _ in pieces.randomElement(using: &random) ?? "a" }.joined()
  }

  @Test("law: padding a cell to width w always yields display width w, either way")
  func paddingLaw() {
    var random = ExportTestRandom(seed: 11)
    for _ in 0..<2_000 {
      let text = Self.randomText(&random)
      let width = text.displayWidth + Int.random(in: 0...8, using: &random)
      for alignment in [TextAlignment.left, .right] {
        let padded = text.padded(toWidth: width, alignment: alignment)
        #expect(padded.displayWidth == width, "\(text.debugDescription) to \(width)")
        let (scalars, own) = (Array(padded.unicodeScalars), Array(text.unicodeScalars))
        let kept = alignment == .left ? scalars.prefix(own.count) : scalars.suffix(own.count)
        #expect(Array(kept) == own, "the text itself is kept, only spaces are added")
      }
    }
  }

  @Test("law: the width of a text is the sum of its parts' widths, at character boundaries")
  func additive() {
    var random = ExportTestRandom(seed: 12)
    for _ in 0..<1_000 {
      let text = Self.randomText(&random)
      #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth })
      let cut = Int.random(in: 0...8, using: &random)
      let (head, tail) = text.splitAtWidth(cut)
      #expect(String(head).displayWidth <= cut)
      #expect(String(head) + String(tail) == text)
    }
  }

  @Test("law: wrapped text keeps every word, and no line is wider than the width")
  func wrappingLaw() {
    var random = ExportTestRandom(seed: 13)
    for _ in 0..<1_000 {
      let words = (0..<Int.random(in: 0...10, using: &random)).map { _ in
        Self.randomText(&random, maxLength: 8).filter { $0 != " " }
      }
      let text = words.joined(separator: " ")
      let width = Int.random(in: 2...30, using: &random)
      let lines = text.wrappedLines(width: width)
      for line in lines {
        #expect(line.displayWidth <= width, "\(line.debugDescription) in \(width)")
      }
      #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }
  }

  @Test("wrapping keeps a line's indentation on the lines it is broken into")
  func hangingIndent() {
    let text = "  log --channel email --out --summary \"second reminder\" --edit"
    #expect(
      text.wrappedLines(width: 30, continuationIndent: "  ") == [
        "  log --channel email --out", "    --summary \"second", "    reminder\" --edit",
      ])
    #expect("one\n\ntwo".wrappedLines(width: 10) == ["one", "", "two"])
    #expect("abcdefghij".wrappedLines(width: 4) == ["abcd", "efgh", "ij"])
    #expect("株式会社アクメ".wrappedLines(width: 5) == ["株式", "会社", "アク", "メ"])
  }
}
