import ParleyKit
import ParleyStore

/// Runs parley: the interactive shell, a script on standard input, or one command.
public enum Shell {
  /// parley's version, shown by `--version`.
  public static let version = "0.1.0"

  /// Runs parley with `arguments` (without the program name) and returns the exit status.
  public static func main(
    arguments: [String], environment: [String: String], terminal: TerminalFacts,
    output: TextOutput = StandardStreams()
  ) -> Int32 {
    if let first = arguments.first, ["--version", "-V"].contains(first) {
      output.write("parley \(version)\n")
      return ExitStatus.success.rawValue
    }
    let arguments = arguments.first.map { ["--help", "-h"].contains($0) } == true
      ? ["help"] + arguments.dropFirst() : arguments
    let book: CaseBook
    do {
      book = try CaseBook(environment: environment)
    } catch {
      output.writeError("parley: \(error)\n")
      return ExitStatus.data.rawValue
    }
    let decision = TerminalCapabilities(facts: terminal, environment: environment)
    let style = Style(isColored: decision.usesColor)
    if arguments.isEmpty {
      let reader: LineReader
      if decision.usesLineEditing {
        let completer = Completer { (try? book.caseIDs()) ?? [] }
        reader = EditLineReader(
          programName: "parley", historyPath: HistoryLocation(environment: environment).path,
          completer: completer.candidates(for:))
      } else {
        reader = PlainLineReader()
      }
      let context = ShellContext(
        output: output, reader: reader, environment: environment, book: book, style: style,
        isOneShot: false)
      return Repl(context: context).run().rawValue
    }
    let reader: LineReader =
      decision.usesLineEditing
      ? EditLineReader(programName: "parley", historyPath: nil, completer: { _ in [] })
      : PlainLineReader()
    let context = ShellContext(
      output: output, reader: reader, environment: environment, book: book, style: style,
      isOneShot: true)
    return runOneShot(arguments, in: context).rawValue
  }

  static func runOneShot(_ words: [String], in context: ShellContext) -> ExitStatus {
    do {
      try execute(words, in: context)
      context.book.drainNotices().forEach { context.warn($0) }
      return .success
    } catch {
      context.book.drainNotices().forEach { context.warn($0) }
      let shellError = ShellError(error)
      context.output.writeError("parley: \(shellError.description)\n")
      if case .usage(_, let command?) = shellError,
        let spec = try? CommandTable.command(named: command).spec
      {
        context.output.writeError("usage: parley \(spec.usage)\n")
      }
      return shellError.status
    }
  }

  /// Parses and runs one command line's words.
  static func execute(_ words: [String], in context: ShellContext) throws {
    guard let name = words.first else { return }
    let command = try CommandTable.command(named: name)
    let arguments = try ParsedArguments(
      Array(words.dropFirst()), options: command.spec.options, command: command.spec.name)
    try command.run(arguments, in: context)
  }
}
