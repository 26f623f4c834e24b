/// A source of input lines: libedit on a terminal, plain stdin for scripts,
/// a scripted list in tests.
public protocol LineReader: AnyObject {
  /// Whether a person is typing: prompts, banners and confirmations make sense.
  var isInteractive: Bool { get }
  /// The 1-based number of the last line read (for `stdin:LINE:` messages).
  var lineNumber: Int { get }
  /// Reads one line, showing `prompt` first when interactive.
  func readLine(prompt: String) -> LineInput
  /// Adds a command line to the history, when the reader keeps one.
  func remember(_ line: String)
}
