extension ShellContext {
  /// The width tables fit into, or nil when it is not known (output to a
  /// file or a pipe without `COLUMNS`): then rows are never wrapped or cut.
  var tableWidth: Int? { terminalSize().columns }

  /// The width text is wrapped to: the terminal's, else 80 columns.
  var textWidth: Int { terminalSize().textColumns }

  /// `table` laid out for the terminal: its width and colours.
  func render(_ table: TextTable) -> String {
    table.render(width: tableWidth, style: style)
  }
}
