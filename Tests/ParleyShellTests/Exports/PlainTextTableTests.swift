import Testing

@testable import ParleyShell

/// The plain-text table for emails: aligned columns, amounts on the right, a total.
@Suite("Plain-text table")
struct PlainTextTableTests {
  static func planTable() throws -> PlainTextTable {
    var table = try PlainTextTable(columns: [
      ("No.", .right), ("Due", .left), ("Amount", .right), ("Status", .left),
    ])
    try table.append(["1", "15 Dec 2026", "£400.00", "paid"])
    try table.append(["2", "15 Jan 2027", "£400.00", "due"])
    try table.append(["3", "15 Feb 2027", "£1,200.50", "due"])
    try table.setTotal(["Total", "", "£2,000.50", ""])
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
  func goldenTable() throws {
    let text = try PlainTextTableTests.planTable().render()
    #expect(Array(text.utf8) == Array(PlainTextTableTests.golden.utf8))
  }

  @Test("no line has trailing spaces, and every line ends in LF")
  func noTrailingSpaces() throws {
    let text = try PlainTextTableTests.planTable().render()
    #expect(text.hasSuffix("\n"))
    for line in text.split(separator: "\n") {
      #expect(line.last != " ")
    }
  }

  @Test("without a total there is no closing rule")
  func withoutTotal() throws {
    var table = try PlainTextTable(columns: [("Item", .left), ("Amount", .right)])
    try table.append(["Design", "£1,000.00"])
    try table.append(["Hosting", "£20.00"])
    #expect(
      table.render() == """
        Item        Amount
        -------  ---------
        Design   £1,000.00
        Hosting     £20.00

        """)
  }

  @Test("a total label wider than the columns it spans widens the first column")
  func wideTotalLabel() throws {
    var table = try PlainTextTable(columns: [("#", .right), ("Amount", .right)])
    try table.append(["1", "£5.00"])
    try table.setTotal(["Total due", "£5.00"])
    #expect(
      table.render() == """
                #  Amount
        ---------  ------
                1   £5.00
        ---------  ------
        Total due   £5.00

        """)
  }

  @Test("wide characters take two columns, so CJK and emoji names still line up")
  func wideCharacters() throws {
    var table = try PlainTextTable(columns: [("Client", .left), ("Amount", .right)])
    try table.append(["株式会社アクメ", "£400.00"])
    try table.append(["ACME Ltd", "£400.00"])
    try table.append(["Café 🎉", "£1,200.50"])
    try table.append(["Cafe\u{301}", "£1.00"])
    #expect(
      table.render() == """
        Client             Amount
        --------------  ---------
        株式会社アクメ    £400.00
        ACME Ltd          £400.00
        Café 🎉         £1,200.50
        Café                £1.00

        """)
  }

  @Test(
    "display widths",
    arguments: [
      ("abc", 3), ("£1,200.50", 9), ("株式会社", 8), ("😀", 2), ("🇬🇧", 2), ("👩‍👩‍👧", 2),
      ("e\u{301}", 1), ("", 0), ("ｱ", 1), ("ＡＢ", 4),
    ])
  func displayWidths(text: String, width: Int) {
    #expect(PlainTextTable.displayWidth(text) == width)
  }

  @Test("line breaks and tabs in a cell become spaces, so a row stays one line")
  func flattening() throws {
    #expect(PlainTextTable.flattened("a\nb\r\nc\rd\te\u{07}") == "a b c d e")
    var table = try PlainTextTable(columns: [("Note", .left)])
    try table.append(["call back\nafter lunch"])
    #expect(table.render() == "Note\n---------------------\ncall back after lunch\n")
  }

  @Test("rows and totals must match the header's width; a header is required")
  func widths() throws {
    #expect(throws: ExportError.emptyHeader) { try PlainTextTable(columns: []) }
    var table = try PlainTextTable(columns: [("a", .left), ("b", .right)])
    #expect(throws: ExportError.rowWidth(row: 1, expected: 2, found: 1)) {
      try table.append(["x"])
    }
    try table.append(["x", "y"])
    #expect(throws: ExportError.rowWidth(row: 2, expected: 2, found: 3)) {
      try table.setTotal(["x", "y", "z"])
    }
  }
}
