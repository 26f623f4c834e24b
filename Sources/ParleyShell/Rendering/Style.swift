/// Colour and emphasis for terminal output; plain text when colour is off.
struct Style {
  /// Whether ANSI colour codes are written.
  let isColored: Bool

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }

  /// The colour sequences start with ``TerminalText/styleEscape``, which the
  /// output turns into ESC, so that no ESC in the text itself survives.
  private func wrap(_ text: String, _ code: String) -> String {
    let escape = TerminalText.styleEscape
    return isColored ? "\(escape)[\(code)m\(text)\(escape)[0m" : text
  }
}
