/// Builds an RFC 4180 CSV document from a header and rows of typed cells.
///
/// Records end in CRLF (the last one too); a field holding a comma, a double
/// quote, CR or LF is quoted, with inner quotes doubled; there is no trailing
/// comma. Text cells are neutralised against formula injection, numbers are
/// checked and left numeric, days are ISO 8601. Every row must have the
/// header's width. Serve the result as `text/csv; charset=utf-8; header=present`.
///
/// ```swift
/// var csv = try CSVWriter(header: ["Due", "Amount", "Note"])
/// try csv.append([.date(day), .number("400.00"), .text("=rush")])
/// csv.text  // "Due,Amount,Note\r\n2026-12-15,400.00,'=rush\r\n"
/// ```
struct CSVWriter: Sendable {
  /// The column titles, written as neutralised text.
  let header: [String]
  /// Whether ``text`` starts with a UTF-8 byte-order mark (`EF BB BF` once
  /// encoded): Excel on Windows opens a CSV without one in the system's
  /// legacy code page, so `£` shows as `Â£` and `€` as `â‚¬`. Off by default:
  /// RFC 4180 tools do without it, and some read it as part of the first
  /// column's name. The shell's `--excel` turns it on.
  var includesByteOrderMark: Bool
  /// The records written so far, header first, each ending in CRLF.
  private var records: [String]

  /// Starts a document with its header row.
  /// - Throws: `ExportError.emptyHeader` when `header` is empty.
  init(header: [String], includesByteOrderMark: Bool = false) throws(ExportError) {
    guard !header.isEmpty else { throw .emptyHeader }
    self.header = header
    self.includesByteOrderMark = includesByteOrderMark
    records = [CSVWriter.record(header.map { CSVWriter.field(.text($0)) })]
  }

  /// The number of data rows appended (the header not counted).
  var rowCount: Int { records.count - 1 }

  /// The document: the header and every row, each ending in CRLF.
  var text: String { (includesByteOrderMark ? "\u{FEFF}" : "") + records.joined() }

  /// Appends one row.
  /// - Throws: `ExportError.rowWidth` when the row's width differs from the
  ///   header's; `ExportError.notANumber` for a number cell that is not a plain
  ///   decimal. Nothing is appended when it throws.
  mutating func append(_ row: [CSVCell]) throws(ExportError) {
    let rowNumber = rowCount + 1
    guard row.count == header.count else {
      throw .rowWidth(row: rowNumber, expected: header.count, found: row.count)
    }
    for (index, cell) in row.enumerated() {
      if case .number(let value) = cell, !CSVCell.isPlainDecimal(value) {
        throw .notANumber(row: rowNumber, column: index + 1, value: value)
      }
    }
    records.append(CSVWriter.record(row.map(CSVWriter.field)))
  }

  /// Returns the document for `header` and `rows` in one step, with a
  /// byte-order mark first when `includesByteOrderMark` (for Excel: `--excel`).
  /// - Throws: As ``init(header:includesByteOrderMark:)`` and ``append(_:)``.
  static func render(
    header: [String], rows: [[CSVCell]], includesByteOrderMark: Bool = false
  ) throws(ExportError) -> String {
    var writer = try CSVWriter(header: header, includesByteOrderMark: includesByteOrderMark)
    for row in rows { try writer.append(row) }
    return writer.text
  }

  /// One cell as a field: neutralised if text, then quoted if it needs to be.
  static func field(_ cell: CSVCell) -> String {
    switch cell {
    case .number(let value): return quotedIfNeeded(value)
    case .date(let day): return day.iso
    case .text(let value):
      let safe = CSVCell.startsWithFormulaTrigger(value) ? "'" + value : value
      return quotedIfNeeded(safe)
    }
  }

  /// The field quoted, with inner quotes doubled, when it holds `,` `"` CR or LF.
  static func quotedIfNeeded(_ value: String) -> String {
    let special: Set<Unicode.Scalar> = ["\"", ",", "\r", "\n"]
    guard value.unicodeScalars.contains(where: special.contains) else { return value }
    var quoted = "\""
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }

  /// One record: fields joined by commas, ending in CRLF.
  private static func record(_ fields: [String]) -> String {
    fields.joined(separator: ",") + "\r\n"
  }
}
