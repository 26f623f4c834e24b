import Testing

@testable import ParleyShell

/// The CSV writer (RFC 4180) and its formula neutralisation (CWE-1236).
@Suite("CSV writer")
struct CSVWriterTests {
  static let header = ["No.", "Due", "Amount", "Currency", "Client", "Note"]

  /// Rows with every hazard: commas, quotes, line breaks, formulas, a negative amount, £.
  static let rows: [[CSVCell]] = [
    [
      .number("1"), .date(ExportFixtures.day(2026, 12, 15)), .number("400.00"), .text("GBP"),
      .text("ACME Ltd"), .text("first, of three"),
    ],
    [
      .number("2"), .date(ExportFixtures.day(2027, 1, 15)), .number("1200.50"), .text("GBP"),
      .text(#"=HYPERLINK("http://example.invalid","click")"#), .text(#"she said "soon""#),
    ],
    [
      .number("3"), .date(ExportFixtures.day(2027, 2, 15)), .number("-5.00"), .text("GBP"),
      .text("@SUM(1+1)*cmd|' /C calc'!A0"), .text("line one\nline two — £5 credit"),
    ],
    [
      .number("4"), .date(ExportFixtures.day(2027, 3, 15)), .number("0"), .text("GBP"),
      .text("-2+3"), .text(""),
    ],
  ]

  /// The expected document; each record ends in CRLF (written here as `\r\n`).
  static let golden =
    "No.,Due,Amount,Currency,Client,Note\r\n"
    + "1,2026-12-15,400.00,GBP,ACME Ltd,\"first, of three\"\r\n"
    + "2,2027-01-15,1200.50,GBP,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\","
    + "\"she said \"\"soon\"\"\"\r\n"
    + "3,2027-02-15,-5.00,GBP,'@SUM(1+1)*cmd|' /C calc'!A0,\"line one\nline two — £5 credit\"\r\n"
    + "4,2027-03-15,0,GBP,'-2+3,\r\n"

  @Test("the sample renders byte for byte")
  func goldenDocument() throws {
    let text = try CSVWriter.render(header: CSVWriterTests.header, rows: CSVWriterTests.rows)
    #expect(Array(text.utf8) == Array(CSVWriterTests.golden.utf8))
  }

  @Test(
    "text that a spreadsheet would run is neutralised with a leading apostrophe",
    arguments: [
      ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
      ("+44 20 7946 0000", "'+44 20 7946 0000"),
      ("-5 discount", "'-5 discount"),
      ("@cmd", "'@cmd"),
      ("\tindented", "'\tindented"),
      ("\rcarriage", "\"'\rcarriage\""),
      ("\r\nbreak first", "\"'\r\nbreak first\""),
      ("=1,2", "\"'=1,2\""),
      (#"=HYPERLINK("x")"#, #""'=HYPERLINK(""x"")""#),
      ("=\u{301}accent", "'=\u{301}accent"),
      ("ACME Ltd", "ACME Ltd"),
      ("a=b", "a=b"),
      (" =1", " =1"),
      ("'already", "'already"),
      ("£5", "£5"),
      ("", ""),
      ("5-2", "5-2"),
    ])
  func neutralisation(input: String, expected: String) {
    #expect(Array(CSVWriter.field(.text(input)).utf8) == Array(expected.utf8))
  }

  @Test(
    "numbers stay numeric, a leading minus included",
    arguments: ["0", "5", "1200.50", "-5.00", "-0.01", "0012", "99999999999999999999.99"])
  func numbersStayNumeric(value: String) throws {
    #expect(CSVWriter.field(.number(value)) == value)
    var writer = try CSVWriter(header: ["Amount"])
    try writer.append([.number(value)])
    #expect(writer.text == "Amount\r\n\(value)\r\n")
  }

  @Test(
    "a number cell that is not a plain decimal is refused, so it cannot carry a formula",
    arguments: [
      "=1+1", "+5", "1,200.50", "1e3", "", "-", ".5", "5.", "1.2.3", " 5", "5 ", "£5", "١٢",
      "-=1", "--5", "NaN",
    ])
  func notANumber(value: String) throws {
    var writer = try CSVWriter(header: ["No.", "Amount"])
    #expect(throws: ExportError.notANumber(row: 1, column: 2, value: value)) {
      try writer.append([.number("1"), .number(value)])
    }
    #expect(writer.rowCount == 0, "nothing is appended when a row is refused")
  }

  @Test("days are ISO 8601")
  func days() {
    #expect(CSVWriter.field(.date(ExportFixtures.day(2027, 2, 5))) == "2027-02-05")
    #expect(CSVWriter.field(.date(ExportFixtures.day(987, 6, 5))) == "0987-06-05")
  }

  @Test("quoting: only fields with a comma, quote, CR or LF are quoted; inner quotes double")
  func quoting() {
    #expect(CSVWriter.quotedIfNeeded("plain text") == "plain text")
    #expect(CSVWriter.quotedIfNeeded(" spaced ") == " spaced ")
    #expect(CSVWriter.quotedIfNeeded("a,b") == "\"a,b\"")
    #expect(CSVWriter.quotedIfNeeded("a\"b") == "\"a\"\"b\"")
    #expect(CSVWriter.quotedIfNeeded("\"") == "\"\"\"\"")
    #expect(CSVWriter.quotedIfNeeded("a\nb") == "\"a\nb\"")
    #expect(CSVWriter.quotedIfNeeded("a\rb") == "\"a\rb\"")
    #expect(
      Array(CSVWriter.quotedIfNeeded("\"\u{301}").utf8) == Array("\"\"\"\u{301}\"".utf8),
      "a quote carrying a combining mark is still doubled")
  }

  @Test("a row narrower or wider than the header is refused, naming the row")
  func rowWidth() throws {
    var writer = try CSVWriter(header: ["a", "b"])
    try writer.append([.text("1"), .text("2")])
    #expect(throws: ExportError.rowWidth(row: 2, expected: 2, found: 1)) {
      try writer.append([.text("x")])
    }
    #expect(throws: ExportError.rowWidth(row: 2, expected: 2, found: 3)) {
      try writer.append([.text("x"), .text("y"), .text("z")])
    }
    #expect(writer.text == "a,b\r\n1,2\r\n")
  }

  @Test("a header is required, and neutralised like any text")
  func header() throws {
    #expect(throws: ExportError.emptyHeader) { try CSVWriter(header: []) }
    #expect(try CSVWriter(header: ["=x", "Due, date"]).text == "'=x,\"Due, date\"\r\n")
  }

  @Test("a header-only document has one record; no trailing comma anywhere")
  func noTrailingComma() throws {
    let text = try CSVWriter.render(
      header: ["a", "b", "c"], rows: [[.text(""), .text(""), .text("")]])
    #expect(text == "a,b,c\r\n,,\r\n")
    #expect(try CSVWriter(header: ["only"]).text == "only\r\n")
  }

  @Test("a byte-order mark is added only on request")
  func byteOrderMark() throws {
    let plain = try CSVWriter(header: ["£"])
    #expect(Array(plain.text.utf8) == [0xC2, 0xA3, 13, 10])
    let marked = try CSVWriter(header: ["£"], includesByteOrderMark: true)
    #expect(Array(marked.text.utf8) == [0xEF, 0xBB, 0xBF, 0xC2, 0xA3, 13, 10])
  }

  @Test("for Excel, the whole document is the mark followed by the same bytes, CRLF kept")
  func byteOrderMarkOnRender() throws {
    let plain = Array(
      try CSVWriter.render(header: CSVWriterTests.header, rows: CSVWriterTests.rows).utf8)
    let excel = Array(
      try CSVWriter.render(
        header: CSVWriterTests.header, rows: CSVWriterTests.rows, includesByteOrderMark: true
      ).utf8)
    #expect(plain == Array(CSVWriterTests.golden.utf8))
    #expect(excel == [0xEF, 0xBB, 0xBF] + plain)
    #expect(excel.suffix(2) == [13, 10])
  }
}
