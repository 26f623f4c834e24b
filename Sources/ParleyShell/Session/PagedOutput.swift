/// Output that holds back what a command writes and, when it is longer than
/// the screen, shows it through the pager (see ``Pager``); otherwise, or when
/// the pager cannot start, writes it as it would have been written.
///
/// What was held comes out at once, in order, as soon as the command turns
/// to the user (a question, the editor: see ``release()``), so nothing
/// interactive ever goes through the pager. Messages to standard error are
/// held with it and written after the pager closes, so they stay on screen.
final class PagedOutput: TextOutput {
  private let destination: TextOutput
  /// Shows text through the pager; false when the pager could not start.
  private let showInPager: (String) -> Bool
  private let terminalSize: () -> TerminalSize
  /// What a command wrote while held: standard output (false) or error (true).
  private var held: [(isError: Bool, text: String)] = []
  private var isInsideCommand = false
  private var isHolding = false

  /// Wraps `destination`, paging with `showInPager` (``Pager/show(_:)``) on
  /// a screen of `terminalSize`.
  init(
    destination: TextOutput, terminalSize: @escaping () -> TerminalSize,
    showInPager: @escaping (String) -> Bool
  ) {
    self.destination = destination
    self.terminalSize = terminalSize
    self.showInPager = showInPager
  }

  func write(_ text: String) {
    if isHolding { held.append((false, text)) } else { destination.write(text) }
  }

  func writeError(_ text: String) {
    if isHolding { held.append((true, text)) } else { destination.writeError(text) }
  }

  /// Runs `body` (one command), holding its output; then pages it if it is
  /// longer than the screen, else writes it. Inside another `hold`, runs it
  /// within that one.
  func hold(_ body: () throws -> Void) rethrows {
    guard !isInsideCommand else { return try body() }
    isInsideCommand = true
    isHolding = true
    defer {
      isInsideCommand = false
      finish()
    }
    try body()
  }

  /// Writes what is held, as it came, and holds nothing more for this command.
  func release() {
    guard isHolding else { return }
    isHolding = false
    replay(held)
    held = []
  }

  private func finish() {
    guard isHolding else { return }
    isHolding = false
    let output = held.filter { !$0.isError }.map(\.text).joined()
    let messages = held.filter(\.isError)
    let all = held
    held = []
    if Self.isLonger(output, than: terminalSize()), showInPager(TerminalText.safe(output)) {
      replay(messages)
    } else {
      replay(all)
    }
  }

  private func replay(_ pieces: [(isError: Bool, text: String)]) {
    for piece in pieces {
      if piece.isError { destination.writeError(piece.text) } else { destination.write(piece.text) }
    }
  }

  /// Whether `text` takes more lines than the screen has, keeping one for the
  /// prompt that follows; long lines count as the lines the terminal wraps them to.
  static func isLonger(_ text: String, than screen: TerminalSize) -> Bool {
    let rows = screen.rows ?? 24
    let columns = max(1, screen.textColumns)
    var used = 0
    var rest = text[...]
    while !rest.isEmpty {
      let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
      let width = TerminalText.withoutStyleSequences(String(rest[..<end])).displayWidth
      used += max(1, (width + columns - 1) / columns)
      if used > rows - 1 { return true }
      rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
    }
    return false
  }
}
