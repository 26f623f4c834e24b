/// A plain-text table with aligned columns, for `cases`, `show` and plans.
struct TextTable {
  /// How a column lines up.
  enum Alignment {
    case left
    case right
  }

  let headers: [String]
  let alignments: [Alignment]
  private(set) var rows: [[String]] = []

  init(_ columns: [(String, Alignment)]) {
    headers = columns.map(\.0)
    alignments = columns.map(\.1)
  }

  /// Adds a row; its cells are escaped first (see ``TerminalText``), so the
  /// columns line up with what the terminal shows.
  mutating func append(_ row: [String]) {
    rows.append(row.map { TerminalText.safe($0, resolvingStyle: false) })
  }

  /// The table as lines, the header first; the last column is not padded.
  func render(style: Style) -> String {
    let all = [headers] + rows
    let widths = headers.indices.map { column in
      all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
        if alignments[column] == .right { return padding + cell }
        return column == cells.count - 1 ? cell : cell + padding
      }.joined(separator: "  ")
    }
    let header = style.bold(line(headers))
    return ([header] + rows.map(line)).joined(separator: "\n")
  }
}
