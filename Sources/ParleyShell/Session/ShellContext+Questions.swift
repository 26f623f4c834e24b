import ParleyKit

extension ShellContext {
  /// Asks `question` and returns the typed answer (empty when Enter alone).
  ///
  /// Ctrl-C cancels; the end of input is an error, never a hang.
  ///
  /// At a terminal, an answer that reads as a parley command (`me --email …`,
  /// typed by someone who forgot a question was waiting) is asked about
  /// rather than taken; typing it again takes it as the answer.
  func ask(_ question: Question) throws -> String {
    if reader.isInteractive, let preamble = question.preamble { say(preamble) }
    var prompt = question.prompt
    if let hint = question.hint { prompt += " (\(hint))" }
    if let answer = question.defaultAnswer, !answer.isEmpty { prompt += " [\(answer)]" }
    var doubted: String? = nil
    while true {
      let text = try readAnswer(prompt: prompt + ": ", question: question)
      guard reader.isInteractive, text != doubted, let command = Self.commandTyped(in: text) else {
        return text
      }
      warn(
        "That looks like the '\(command)' command, not an answer. Answer the question "
          + "(or type the same again to use it as the answer), or press Ctrl-C to stop.")
      doubted = text
    }
  }

  /// The command a line names when it reads as one: a command's name
  /// followed by at least one `--option`.
  static func commandTyped(in text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    guard let first = words.first?.lowercased(),
      words.dropFirst().contains(where: {
        $0.hasPrefix("--") && $0.count > 2
      }),
      CommandTable.names.contains(first)
    else { return nil }
    return first
  }

  /// One line typed at `prompt`, or the error that ends the question.
  private func readAnswer(prompt: String, question: Question) throws -> String {
    switch reader.readLine(prompt: prompt) {
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
