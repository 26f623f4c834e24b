extension TextTable {
  /// Which columns are shown and how wide each is.
  struct Layout {
    /// The shown columns' indices, left to right.
    var shown: [Int]
    /// Each shown column's width, in display columns.
    var widths: [Int]
    /// How many shown columns the total row's label spans.
    var labelSpan: Int
    /// The columns left out to fit, in the order they were left out.
    var leftOut: [Int]
  }

  /// The narrowest a wrapping column gets before columns are left out instead.
  static let narrowestWrap = 10

  /// Fits the table into `width` columns (any width when nil): narrows
  /// wrapping columns down to ``narrowestWrap`` (or their title), then leaves
  /// out the least important column and starts again from the natural widths.
  func layout(width: Int?) -> Layout {
    var shown = Array(columns.indices)
    var leftOut: [Int] = []
    while true {
      var layout = naturalLayout(shown, leftOut: leftOut)
      guard let width else { return layout }
      var excess = layout.widths.reduce(0, +) + 2 * (shown.count - 1) - width
      let floors = shown.map { minimumWidth(of: $0) }
      while excess > 0 {
        // Narrow the widest wrapping column that can still give a column.
        let candidates = layout.widths.indices.filter {
          columns[shown[$0]].wraps && layout.widths[$0] > floors[$0]
        }
        guard let widest = candidates.max(by: { layout.widths[$0] < layout.widths[$1] }) else {
          break
        }
        layout.widths[widest] -= 1
        excess -= 1
      }
      let droppable = shown.filter { columns[$0].importance != nil }
      guard excess > 0,
        let drop = droppable.min(by: {
          (columns[$0].importance ?? 0, -$0) < (columns[$1].importance ?? 0, -$1)
        })
      else { return tightened(layout) }
      shown.removeAll { $0 == drop }
      leftOut.append(drop)
    }
  }

  /// `layout` with each narrowed column only as wide as its wrapped cells
  /// need: lines break between words, so they often fall short of the edge.
  private func tightened(_ layout: Layout) -> Layout {
    var layout = layout
    let natural = naturalLayout(layout.shown, leftOut: layout.leftOut).widths
    for (position, column) in layout.shown.enumerated()
    where layout.widths[position] < natural[position] {
      let title = look == .untitled ? 0 : columns[column].title.displayWidth
      let needed =
        rows.flatMap { $0[column].text.wrappedLines(width: layout.widths[position]) }
        .map(\.displayWidth).max() ?? 0
      layout.widths[position] = max(title, min(layout.widths[position], needed))
    }
    return layout
  }

  /// Every shown column as wide as its widest cell and title; the first
  /// widened when the total's label needs more than the columns it spans.
  private func naturalLayout(_ shown: [Int], leftOut: [Int]) -> Layout {
    var widths = shown.map { column in
      let cells = rows.map { $0[column].text.displayWidth }
      let title = look == .untitled ? 0 : columns[column].title.displayWidth
      let totalCell = column == shown.first ? 0 : total?[column].text.displayWidth ?? 0
      return max(title, totalCell, cells.max() ?? 0)
    }
    var span = 1
    if let total, let first = shown.first, !total[first].text.isEmpty {
      span += shown.dropFirst().prefix { total[$0].text.isEmpty }.count
      let spanWidth = widths[0..<span].reduce(0, +) + 2 * (span - 1)
      widths[0] += max(0, total[first].text.displayWidth - spanWidth)
    }
    return Layout(shown: shown, widths: widths, labelSpan: span, leftOut: leftOut)
  }

  /// The narrowest `column` gets: its natural width if it does not wrap;
  /// else its title, or ``narrowestWrap``, or its widest cell if narrower.
  private func minimumWidth(of column: Int) -> Int {
    let widest = rows.map { $0[column].text.displayWidth }.max() ?? 0
    let title = look == .untitled ? 0 : columns[column].title.displayWidth
    guard columns[column].wraps else { return max(title, widest) }
    return max(title, min(widest, Self.narrowestWrap))
  }
}
