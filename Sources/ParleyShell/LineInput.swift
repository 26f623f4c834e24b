/// What a ``LineReader`` got when asked for a line.
public enum LineInput: Equatable, Sendable {
  /// A whole line, without its line ending.
  case line(String)
  /// The user pressed Ctrl-C: cancel the current line or question.
  case interrupted
  /// No more input: Ctrl-D on an empty line, or the end of a script.
  case endOfInput
  /// A line whose bytes are not UTF-8 text; it is refused, never guessed at.
  case notUTF8
}
