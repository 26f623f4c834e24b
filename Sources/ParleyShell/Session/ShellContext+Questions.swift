import ParleyKit

extension ShellContext {
  /// Asks `question` and returns the typed answer (empty when Enter alone).
  ///
  /// Ctrl-C cancels; the end of input is an error, never a hang.
  func ask(_ question: Question) throws -> String {
    if reader.isInteractive, let preamble = question.preamble { say(preamble) }
    var prompt = question.prompt
    if let hint = question.hint { prompt += " (\(hint))" }
    if let answer = question.defaultAnswer, !answer.isEmpty { prompt += " [\(answer)]" }
    switch reader.readLine(prompt: prompt + ": ") {
    case .line(let text):
      return text
    case .interrupted:
      throw ShellError.interrupted("cancelled; nothing was saved")
    case .endOfInput:
      throw ShellError.cancelled(
        "no answer to '\(question.prompt)': the input ended; nothing was saved")
    case .notUTF8:
      throw Self.notUTF8(line: reader.lineNumber)
    }
  }

  /// Reads lines until one holding only `.`, for a pasted email or letter.
  func readBlock(introduction: String) throws -> String {
    if reader.isInteractive { say(introduction) }
    var lines: [String] = []
    while true {
      switch reader.readLine(prompt: reader.isInteractive ? "| " : "") {
      case .line(let text):
        if text == "." { return lines.joined(separator: "\n") }
        lines.append(text)
      case .interrupted:
        throw ShellError.interrupted("cancelled; nothing was saved")
      case .endOfInput:
        throw ShellError.cancelled(
          "the text ended without a line holding only '.'; nothing was saved")
      case .notUTF8:
        throw Self.notUTF8(line: reader.lineNumber)
      }
    }
  }

  /// The refusal of an answer whose bytes are not UTF-8.
  static func notUTF8(line: Int) -> ShellError {
    .invalid("line \(line) of the input is not UTF-8 text; nothing was saved")
  }
}
