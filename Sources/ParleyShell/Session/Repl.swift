import ParleyKit

/// The read-eval-print loop, for a person at a terminal or a script on stdin.
struct Repl {
  let context: ShellContext

  /// Runs until `quit`, the end of input, or (in a script) the first error.
  func run() -> ExitStatus {
    let reader = context.reader
    if reader.isInteractive {
      context.say(banner)
      Welcome.lines(in: context).forEach { context.say($0) }
    }
    while !context.wantsToQuit {
      switch reader.readLine(prompt: prompt) {
      case .endOfInput:
        return .success
      case .interrupted:
        if !reader.isInteractive { return .interrupted }
        continue
      case .notUTF8:
        let message = "this line is not UTF-8 text; save the input as UTF-8 and try again"
        guard reader.isInteractive else {
          context.output.writeError("stdin:\(reader.lineNumber): \(message)\n")
          return .failure
        }
        report(.invalid(message))
      case .line(let line):
        let trimmed = line.trimmed
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        if reader.isInteractive, HistoryFilter.keeps(line) { reader.remember(trimmed) }
        let commandLine = reader.lineNumber
        do {
          if reader.isInteractive, let plain = try plainWords(trimmed) {
            try context.answerPlainWords(plain)
            context.book.drainNotices().forEach { context.warn($0) }
            continue
          }
          try Shell.execute(try ArgumentTokenizer.words(of: trimmed), in: context)
          context.book.drainNotices().forEach { context.warn($0) }
        } catch {
          context.book.drainNotices().forEach { context.warn($0) }
          let shellError = ShellError(error)
          if reader.isInteractive {
            report(shellError)
          } else {
            // A refused answer is named by its own line; a missing one (the
            // input ended) by the command that asked.
            let line = shellError.isCancellation ? commandLine : reader.lineNumber
            context.output.writeError(
              "stdin:\(line): \(shellError.description.withShortExcerpts)\n")
            return shellError.status
          }
        }
      }
    }
    return .success
  }

  /// A line at the terminal that is not a command, read as plain words; nil
  /// for a command, or a single word (a typo of one, or a stray value).
  private func plainWords(_ line: String) throws -> PlainWords? {
    let words = line.split(whereSeparator: { $0.isWhitespace })
    guard let first = words.first.map({ String($0).lowercased() }),
      !CommandTable.names.contains(first)
    else { return nil }
    // One word is a command mistyped or a stray value, not a request.
    if words.count == 1, !line.contains("?") { return nil }
    return try context.readPlainWords(line)
  }

  private var prompt: String {
    guard context.reader.isInteractive else { return "" }
    return context.currentCase.map { "parley \($0)> " } ?? "parley> "
  }

  private var banner: String {
    let cases = (try? context.book.caseIDs().count) ?? 0
    let count = cases == 1 ? "1 case" : "\(cases) cases"
    return """
      parley \(Shell.version): calm help with an unpaid invoice. Not legal advice.
      \(count) in \(context.book.location). Type 'help' for commands, 'new' to start a case, \
      Ctrl-D to leave.
      """
  }

  private func report(_ error: ShellError) {
    let style = context.style
    switch error {
    case .cancelled(let message), .interrupted(let message):
      context.output.writeError(message.withShortExcerpts + "\n")
    case .usage(let message, let command?):
      context.output.writeError(style.red("error: ") + message.withShortExcerpts + "\n")
      if let spec = try? CommandTable.command(named: command).spec {
        context.output.writeError("usage: \(spec.usage)  ('help \(spec.name)' for more)\n")
      }
    default:
      context.output.writeError(style.red("error: ") + error.description.withShortExcerpts + "\n")
    }
  }
}
