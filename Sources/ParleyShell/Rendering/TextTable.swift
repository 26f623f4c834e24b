/// The one plain-text table: `cases`, `show`, plan schedules, the lists in
/// `help`, and the plan's table to paste into an email.
///
/// Columns are padded to their widest cell and separated by two spaces;
/// widths count what a monospaced terminal shows (``String/displayWidth``), so
/// names in CJK, with emoji or with combining accents line up. Cells are
/// flattened to one line and their control characters shown escaped
/// (``TerminalText``). Lines carry no trailing spaces.
///
/// Given a width, a table wider than it first narrows its wrapping columns
/// (their cells go on more lines, never past the column), then leaves out its
/// least important columns, one at a time, and says which under the table. A
/// row is never cut off or broken by the terminal. Only a table whose
/// essential columns alone are too wide runs past the width.
///
/// ```
/// No.  Due             Amount  Status
/// ---  -----------  ---------  ------
///   1  15 Dec 2026    £400.00  paid
///   2  15 Feb 2027  £1,200.50  due
/// ---  -----------  ---------  ------
/// Total             £1,600.50
/// ```
struct TextTable: Sendable {
  /// One column: its title, how it lines up, whether its cells may wrap, and
  /// how soon it is left out when the table does not fit.
  struct Column: Sendable {
    /// The title over the column (none in an ``Look/untitled`` table).
    var title: String
    /// How the column's cells line up.
    var alignment: TextAlignment
    /// Whether long cells may go on several lines when the table is too wide.
    var wraps: Bool
    /// nil for a column that always stays; otherwise columns of lower
    /// importance are left out first when the table does not fit.
    var importance: Int?

    init(
      _ title: String, _ alignment: TextAlignment = .left, wraps: Bool = false,
      importance: Int? = nil
    ) {
      self.title = title
      self.alignment = alignment
      self.wraps = wraps
      self.importance = importance
    }
  }

  /// One cell: its text and how it stands out on a colour terminal.
  struct Cell: Sendable {
    var text: String
    var emphasis: Emphasis?

    init(_ text: String, _ emphasis: Emphasis? = nil) {
      self.text = text
      self.emphasis = emphasis
    }
  }

  /// How a table looks.
  enum Look: Sendable {
    /// Titles in bold, for the terminal.
    case terminal
    /// A rule of dashes under the titles and above the total: text to paste into an email.
    case ruled
    /// No titles: a list of names and what each means, as in `help`.
    case untitled
  }

  /// The columns, left to right.
  let columns: [Column]
  /// How the table looks.
  let look: Look
  /// The body rows, each with one cell a column.
  private(set) var rows: [[Cell]] = []
  /// The total row under the body, if any; see ``setTotal(_:)``.
  private(set) var total: [Cell]?

  /// An empty table with `columns`.
  init(_ columns: [Column], look: Look = .terminal) {
    self.columns = columns
    self.look = look
  }

  /// Adds a row of plain cells.
  mutating func append(_ row: [String]) {
    append(cells: row.map { Cell($0) })
  }

  /// Adds a row; a row shorter than the header is filled with empty cells.
  mutating func append(cells row: [Cell]) {
    rows.append(fitted(row))
  }

  /// Sets the total row, shown after the body (under a rule in a ``Look/ruled``
  /// table), e.g. `["Total", "", "£1,200.00"]`. Its first cell is a label
  /// that may run into the empty cells after it: `Total` needs no column of its own.
  mutating func setTotal(_ row: [String]) {
    total = fitted(row.map { Cell($0) })
  }

  /// The table as lines (without a final line break), at most `width` columns
  /// wide when it can be (see the type's discussion), each line after `indent`.
  func render(width: Int? = nil, style: Style = Style(isColored: false), indent: String = "")
    -> String
  {
    let layout = layout(width: width.map { $0 - indent.displayWidth })
    var lines: [String] = []
    if look != .untitled {
      let titles = line(layout.shown.map { Cell(columns[$0].title) }, layout: layout, style: style)
      lines.append(look == .terminal ? style.bold(titles) : titles)
      if look == .ruled { lines.append(rule(layout)) }
    }
    for row in rows { lines += rowLines(row, layout: layout, style: style) }
    if let total {
      if look == .ruled { lines.append(rule(layout)) }
      lines += rowLines(total, layout: layout, style: style, isTotal: true)
    }
    if !layout.leftOut.isEmpty {
      let names = layout.leftOut.map { columns[$0].title }.joined(separator: ", ")
      let note = "Not shown at this width: \(names)."
      lines += note.wrappedLines(width: width ?? note.displayWidth).map { style.dim($0) }
    }
    return lines.map { $0.isEmpty ? $0 : indent + $0 }.joined(separator: "\n")
  }

  // MARK: - Lines

  /// A row's lines: one, or more when a wrapping cell is wider than its column.
  private func rowLines(_ row: [Cell], layout: Layout, style: Style, isTotal: Bool = false)
    -> [String]
  {
    let span = isTotal ? layout.labelSpan : 1
    var pieces: [[String]] = []
    for (position, column) in layout.shown.enumerated() {
      if isTotal, position > 0, position < span {
        pieces.append([""])
        continue
      }
      let text = row[column].text
      let isLabel = isTotal && position == 0
      let fits = text.displayWidth <= layout.widths[position]
      let wraps = columns[column].wraps && !isLabel
      pieces.append(fits || !wraps ? [text] : text.wrappedLines(width: layout.widths[position]))
    }
    let height = pieces.map(\.count).max() ?? 1
    return (0..<height).map { index in
      let cells = layout.shown.enumerated().map { position, column in
        Cell(index < pieces[position].count ? pieces[position][index] : "", row[column].emphasis)
      }
      return line(cells, layout: layout, style: style, labelSpan: isTotal ? span : 1)
    }
  }

  /// One line of cells, one a shown column, padded and joined, without
  /// trailing spaces; with a `labelSpan`, the first cell spans that many columns.
  private func line(_ cells: [Cell], layout: Layout, style: Style, labelSpan: Int = 1) -> String {
    guard let last = cells.lastIndex(where: { !$0.text.isEmpty }) else { return "" }
    var parts: [String] = []
    var position = 0
    while position <= last {
      let span = position == 0 ? labelSpan : 1
      let width = layout.widths[position..<position + span].reduce(0, +) + 2 * (span - 1)
      let cell = cells[position]
      let alignment = span > 1 ? .left : columns[layout.shown[position]].alignment
      let padding = String(repeating: " ", count: max(0, width - cell.text.displayWidth))
      let shown = style.emphasized(cell.text, cell.text.isEmpty ? nil : cell.emphasis)
      switch alignment {
      case .right: parts.append(padding + shown)
      case .left: parts.append(position + span > last ? shown : shown + padding)
      }
      position += span
    }
    return parts.joined(separator: "  ")
  }

  /// A rule of dashes under each shown column.
  private func rule(_ layout: Layout) -> String {
    layout.widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
  }

  /// `row` made as long as the header, each cell on one line with its control
  /// characters escaped.
  private func fitted(_ row: [Cell]) -> [Cell] {
    assert(row.count <= columns.count, "a row of \(row.count) cells for \(columns.count) columns")
    let cells = row.prefix(columns.count).map { Cell(Self.flattened($0.text), $0.emphasis) }
    return cells + Array(repeating: Cell(""), count: max(0, columns.count - cells.count))
  }

  /// A cell's text on one line: line breaks and tabs become spaces, and every
  /// other control character is shown escaped (`^[`).
  static func flattened(_ text: String) -> String {
    var flat = ""
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n" where afterCarriageReturn: break
      case "\r", "\n", "\t": flat += " "
      default: flat.unicodeScalars.append(scalar)
      }
    }
    return TerminalText.withoutStyle(flat)
  }
}
