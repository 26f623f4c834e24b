/// A monospaced plain-text table to paste into an email, with an optional total row.
///
/// Columns are padded to their widest cell and separated by two spaces; a
/// rule of dashes sits under the header and above the total. Amount columns
/// are right-aligned so their decimal points line up. Widths count what a
/// monospaced font shows: East Asian wide characters and emoji take two
/// columns, combining marks none. Lines end in LF and carry no trailing spaces.
/// Pure: no colour, no terminal.
///
/// ```
/// No.  Due             Amount  Status
/// ---  -----------  ---------  ------
///   1  15 Dec 2026    £400.00  paid
///   2  15 Feb 2027  £1,200.50  due
/// ---  -----------  ---------  ------
/// Total             £1,600.50
/// ```
struct PlainTextTable: Sendable {
  /// How a column's cells line up.
  enum Alignment: Sendable {
    /// Text, padded on the right.
    case left
    /// Amounts and counts, padded on the left.
    case right
  }

  /// The column titles.
  let titles: [String]
  /// Each column's alignment.
  let alignments: [Alignment]
  /// The body rows, each as wide as the header.
  private(set) var rows: [[String]] = []
  /// The total row under a rule, if any.
  private(set) var total: [String]?

  /// Creates an empty table with the given columns.
  /// - Throws: `ExportError.emptyHeader` when there are no columns.
  init(columns: [(title: String, alignment: Alignment)]) throws(ExportError) {
    guard !columns.isEmpty else { throw .emptyHeader }
    titles = columns.map { PlainTextTable.flattened($0.title) }
    alignments = columns.map(\.alignment)
  }

  /// Appends a body row.
  /// - Throws: `ExportError.rowWidth` when the row's width differs from the header's.
  mutating func append(_ row: [String]) throws(ExportError) {
    try checkWidth(row, rowNumber: rows.count + 1)
    rows.append(row.map(PlainTextTable.flattened))
  }

  /// Sets the total row, shown under a rule after the body, e.g. `["Total", "", "£1,200.00"]`.
  ///
  /// The first cell of a total row may overflow into empty cells after it:
  /// `Total` needs no column of its own.
  /// - Throws: `ExportError.rowWidth` when the row's width differs from the header's.
  mutating func setTotal(_ row: [String]) throws(ExportError) {
    try checkWidth(row, rowNumber: rows.count + 1)
    total = row.map(PlainTextTable.flattened)
  }

  /// The table as text: one line per row, each ending in LF.
  func render() -> String {
    var widths = titles.indices.map { column in
      ([titles] + rows).map { PlainTextTable.displayWidth($0[column]) }.max() ?? 0
    }
    let labelSpan = total.map(PlainTextTable.labelSpan) ?? 1
    if let total {
      // The label fits in the columns it spans, widening the first when it must.
      for column in labelSpan..<total.count {
        widths[column] = max(widths[column], PlainTextTable.displayWidth(total[column]))
      }
      let spanWidth = widths[0..<labelSpan].reduce(0, +) + 2 * (labelSpan - 1)
      widths[0] += max(0, PlainTextTable.displayWidth(total[0]) - spanWidth)
    }
    let rule = widths.map { String(repeating: "-", count: $0) }
    var lines = [line(titles, widths: widths), line(rule, widths: widths)]
    lines += rows.map { line($0, widths: widths) }
    if let total {
      lines.append(line(rule, widths: widths))
      lines.append(line(total, widths: widths, labelSpan: labelSpan))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// One row laid out in the columns, without trailing spaces.
  ///
  /// With a `labelSpan` (the total row) the first cell is a left-aligned label
  /// that spans that many columns (the cells it covers are empty).
  private func line(_ cells: [String], widths: [Int], labelSpan: Int? = nil) -> String {
    var parts: [String] = []
    var column = 0
    while column < cells.count {
      let isLabel = column == 0 && labelSpan != nil
      let span = isLabel ? labelSpan ?? 1 : 1
      let width = widths[column..<column + span].reduce(0, +) + 2 * (span - 1)
      let cell = cells[column]
      let padding = String(
        repeating: " ", count: max(0, width - PlainTextTable.displayWidth(cell)))
      let isRight = alignments[column] == .right && !isLabel
      parts.append(isRight ? padding + cell : cell + padding)
      column += span
    }
    return PlainTextTable.trimmingTrailingSpaces(parts.joined(separator: "  "))
  }

  /// How many columns a total row's first cell spans: itself and the empty cells after it.
  private static func labelSpan(_ total: [String]) -> Int {
    guard let label = total.first, !label.isEmpty else { return 1 }
    return 1 + total.dropFirst().prefix { $0.isEmpty }.count
  }

  private func checkWidth(_ row: [String], rowNumber: Int) throws(ExportError) {
    guard row.count == titles.count else {
      throw .rowWidth(row: rowNumber, expected: titles.count, found: row.count)
    }
  }

  /// A cell on one line: line breaks and tabs become spaces, other controls go.
  static func flattened(_ cell: String) -> String {
    var flat = ""
    var afterCarriageReturn = false
    for scalar in cell.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n" where afterCarriageReturn: break
      case "\r", "\n", "\t": flat += " "
      case "\u{00}"..."\u{1F}", "\u{7F}": break
      default: flat.unicodeScalars.append(scalar)
      }
    }
    return flat
  }

  /// The number of monospaced columns `text` takes.
  static func displayWidth(_ text: String) -> Int {
    text.reduce(0) { $0 + displayWidth(of: $1) }
  }

  /// The columns one character takes: 2 for wide and emoji, 0 for a lone combining mark, else 1.
  static func displayWidth(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if first.properties.generalCategory == .nonspacingMark
      || first.properties.generalCategory == .enclosingMark
      || first.value == 0x200B
    {
      return 0
    }
    let isWide = character.unicodeScalars.contains { scalar in
      scalar.properties.isEmojiPresentation || scalar == "\u{FE0F}" || isEastAsianWide(scalar)
    }
    return isWide ? 2 : 1
  }

  /// Whether `scalar` is in a block that East Asian Width (UAX #11) marks Wide or Fullwidth.
  private static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `text` without spaces at its end.
  private static func trimmingTrailingSpaces(_ text: String) -> String {
    var trimmed = Substring(text)
    while trimmed.last == " " { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }
}
