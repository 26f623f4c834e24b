import Testing

@testable import ParleyShell

/// The one table renderer: aligned columns by display width, a total row,
/// and narrow terminals met by wrapping cells and leaving out columns.
@Suite("Text table")
struct TextTableTests {
  static func planTable() -> TextTable {
    var table = TextTable(
      [.init("No.", .right), .init("Due"), .init("Amount", .right), .init("Status")],
      look: .ruled)
    table.append(["1", "15 Dec 2026", "£400.00", "paid"])
    table.append(["2", "15 Jan 2027", "£400.00", "due"])
    table.append(["3", "15 Feb 2027", "£1,200.50", "due"])
    table.setTotal(["Total", "", "£2,000.50", ""])
    return table
  }

  static let golden = """
    No.  Due             Amount  Status
    ---  -----------  ---------  ------
      1  15 Dec 2026    £400.00  paid
      2  15 Jan 2027    £400.00  due
      3  15 Feb 2027  £1,200.50  due
    ---  -----------  ---------  ------
    Total             £2,000.50
    """

  @Test("a plan renders byte for byte: amounts right-aligned, total under a rule")
  func goldenTable() {
    let text = TextTableTests.planTable().render()
    #expect(Array(text.utf8) == Array(TextTableTests.golden.utf8))
  }

  @Test("no line has trailing spaces, coloured or not")
  func noTrailingSpaces() {
    var table = TextTable([.init("A"), .init("B"), .init("C")])
    table.append(cells: [.init("x"), .init("longer", .red), .init("")])
    table.append(["", "", ""])
    for style in [Style(isColored: false), Style(isColored: true)] {
      for line in TerminalText.safe(table.render(style: style)).split(separator: "\n") {
        #expect(line.last != " ", "\(line.debugDescription)")
      }
    }
  }

  @Test("without a total there is no closing rule")
  func withoutTotal() {
    var table = TextTable([.init("Item"), .init("Amount", .right)], look: .ruled)
    table.append(["Design", "£1,000.00"])
    table.append(["Hosting", "£20.00"])
    #expect(
      table.render() == """
        Item        Amount
        -------  ---------
        Design   £1,000.00
        Hosting     £20.00
        """)
  }

  @Test("a total label wider than the columns it spans widens the first column")
  func wideTotalLabel() {
    var table = TextTable([.init("#", .right), .init("Amount", .right)], look: .ruled)
    table.append(["1", "£5.00"])
    table.setTotal(["Total due", "£5.00"])
    #expect(
      table.render() == """
                #  Amount
        ---------  ------
                1   £5.00
        ---------  ------
        Total due   £5.00
        """)
  }

  @Test("CJK, emoji and combining accents line up: widths count display columns")
  func wideCharacters() {
    var table = TextTable([.init("Client"), .init("Amount", .right)], look: .ruled)
    table.append(["株式会社アクメ", "£400.00"])
    table.append(["ACME Ltd", "£400.00"])
    table.append(["Café 🎉", "£1,200.50"])
    table.append(["Cafe\u{301}", "£1.00"])
    table.append(["👩‍👩‍👧 Co", "£2.00"])
    #expect(
      table.render() == """
        Client             Amount
        --------------  ---------
        株式会社アクメ    £400.00
        ACME Ltd          £400.00
        Café 🎉         £1,200.50
        Café                £1.00
        👩‍👩‍👧 Co               £2.00
        """)
  }

  @Test("line breaks and tabs in a cell become spaces; other controls are shown escaped")
  func flattening() {
    #expect(TextTable.flattened("a\nb\r\nc\rd\te\u{07}") == "a b c d e^G")
    var table = TextTable([.init("Note")])
    table.append(["call back\nafter lunch \u{1B}]0;x\u{07}"])
    #expect(table.render() == "Note\ncall back after lunch ^[]0;x^G")
  }

  @Test("a cell's own colour sequence is shown escaped: only the table colours")
  func forgedColour() {
    var table = TextTable([.init("Name")])
    table.append([Style(isColored: true).red("red")])
    #expect(!TerminalText.safe(table.render()).contains("\u{1B}"))
  }

  @Test("colour changes no width: a coloured table shows the same as a plain one")
  func colourKeepsLayout() {
    var table = TextTable([.init("#", .right), .init("STATUS"), .init("NOTE", wraps: true)])
    table.append(cells: [.init("1"), .init("missed", .red), .init("a long note about it")])
    table.append(cells: [.init("12"), .init("paid", .green), .init("ok")])
    for width in [nil, 30, 20] {
      let plain = table.render(width: width, style: Style(isColored: false))
      let coloured = table.render(width: width, style: Style(isColored: true))
      #expect(TerminalText.withoutStyleSequences(coloured) == plain)
      #expect(coloured != plain)
    }
  }

  static func casesTable() -> TextTable {
    var table = TextTable([
      .init("CASE"), .init("CLIENT", wraps: true), .init("BALANCE", .right),
      .init("OVERDUE", .right, importance: 3), .init("LAST CONTACT", wraps: true, importance: 1),
      .init("PLAN", wraps: true, importance: 2),
    ])
    table.append([
      "acme-ltd", "Acme Ltd", "£1,200.50", "59 days", "8 Oct 2026, email", "next £400 15 Dec",
    ])
    table.append([
      "zhu-shi", "株式会社アクメ Holdings", "£300.00", "89 days", "none yet", "-",
    ])
    return table
  }

  @Test("a narrow terminal wraps long cells within their columns, between words where it can")
  func wrapsACell() {
    let text = Self.casesTable().render(width: 72)
    #expect(
      text == """
        CASE      CLIENT          BALANCE  OVERDUE  LAST CONTACT  PLAN
        acme-ltd  Acme Ltd      £1,200.50  59 days  8 Oct 2026,   next £400 15
                                                    email         Dec
        zhu-shi   株式会社アク    £300.00  89 days  none yet      -
                  メ Holdings
        """)
  }

  @Test("narrower still, the least important columns are left out, and named")
  func leavesOutColumns() {
    let text = Self.casesTable().render(width: 50)
    #expect(
      text == """
        CASE      CLIENT            BALANCE  OVERDUE
        acme-ltd  Acme Ltd        £1,200.50  59 days
        zhu-shi   株式会社アクメ    £300.00  89 days
                  Holdings
        Not shown at this width: LAST CONTACT, PLAN.
        """)
    let narrow = Self.casesTable().render(width: 36)
    #expect(
      narrow == """
        CASE      CLIENT            BALANCE
        acme-ltd  Acme Ltd        £1,200.50
        zhu-shi   株式会社アクメ    £300.00
                  Holdings
        Not shown at this width: LAST
        CONTACT, PLAN, OVERDUE.
        """)
  }

  @Test("law: a table fits any width its essential columns fit, and never loses a row")
  func fitsLaw() {
    var random = ExportTestRandom(seed: 21)
    for _ in 0..<300 {
      var table = Self.casesTable()
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        let key = DisplayWidthTests.randomText(&random, maxLength: 10).filter { $0 != " " }
        table.append(
          [key.isEmpty ? "k" : key]
            + (1..<6).map { _ in DisplayWidthTests.randomText(&random, maxLength: 14) })
      }
      let caseWidth = table.rows.map { $0[0].text.displayWidth }.max() ?? 0
      let balanceWidth = table.rows.map { $0[2].text.displayWidth }.max() ?? 0
      let floor = max(4, caseWidth) + 2 + TextTable.narrowestWrap + 2 + max(7, balanceWidth)
      let width = Int.random(in: 30...110, using: &random)
      let lines = table.render(width: width).split(separator: "\n").map(String.init)
      if width >= floor {
        for line in lines {
          #expect(line.displayWidth <= width, "\(line.debugDescription) in \(width)")
        }
      }
      // No row is lost: each one's key starts a line, in order.
      var remaining = lines[...]
      for row in table.rows {
        guard let found = remaining.firstIndex(where: { $0.hasPrefix(row[0].text) }) else {
          Issue.record("row \(row[0].text.debugDescription) is missing:\n\(lines)")
          break
        }
        remaining = remaining[(found + 1)...]
      }
    }
  }

  @Test("an untitled table in help indents every line and wraps the description under itself")
  func untitled() {
    var table = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    table.append(["walk", "Talk it through from the start: facts, history, both sides"])
    table.append(["me", "Your details"])
    #expect(
      table.render(width: 40, indent: "  ") == """
          walk  Talk it through from the start:
                facts, history, both sides
          me    Your details
        """)
  }

  @Test("a short row is filled with empty cells")
  func shortRow() {
    var table = TextTable([.init("A"), .init("B", .right)])
    table.append(["x"])
    #expect(table.render() == "A  B\nx")
  }
}
