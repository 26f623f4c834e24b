/// Which typed lines go into the shell's history.
enum HistoryFilter {
  /// Whether `line`, as typed, is kept: not when it is blank, nor when it
  /// starts with a space, so a line can be kept out of the history on
  /// purpose (bash's `ignorespace`, `HISTCONTROL=ignorespace`).
  static func keeps(_ line: String) -> Bool {
    !line.hasPrefix(" ") && !line.allSatisfy(\.isWhitespace)
  }
}
