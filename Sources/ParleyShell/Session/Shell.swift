import Foundation
import ParleyKit
import ParleyStore

/// Runs parley: the interactive shell, a script on standard input, or one command.
public enum Shell {
  /// parley's version, shown by `--version`.
  public static let version = "0.1.0"

  /// Runs parley with `arguments` (without the program name) and returns the exit status.
  public static func main(
    arguments: [String], environment: [String: String], terminal: TerminalCapabilities,
    output: TextOutput = StandardStreams()
  ) -> Int32 {
    if let first = arguments.first, ["--version", "-V"].contains(first) {
      output.write("parley \(version)\n")
      return ExitStatus.success.rawValue
    }
    let arguments =
      arguments.first.map { ["--help", "-h"].contains($0) } == true
      ? ["help"] + arguments.dropFirst() : arguments
    if let status = runWithoutWorkspace(arguments, environment: environment, output: output) {
      return status.rawValue
    }
    let book: CaseBook
    do {
      book = try CaseBook(environment: environment)
    } catch {
      output.writeError("parley: \(String(describing: error).withShortExcerpts)\n")
      return ExitStatus.data.rawValue
    }
    let decision = terminal
    let style = Style(isColored: decision.usesColor)
    if arguments.isEmpty {
      let reader: LineReader
      let completer = Completer(caseIDs: { (try? book.caseIDs()) ?? [] }, home: environment["HOME"])
      reader = lineReader(
        editing: decision.usesLineEditor, prompts: false,
        historyPath: HistoryLocation.resolve(environment: environment),
        completer: completer.candidates(for:))
      let context = ShellContext(
        output: output, reader: reader, environment: environment, book: book, style: style,
        isOneShot: false)
      return Repl(context: context).run().rawValue
    }
    let reader = lineReader(
      editing: decision.usesLineEditor, prompts: decision.isInteractive, historyPath: nil,
      completer: { _ in [] })
    let context = ShellContext(
      output: output, reader: reader, environment: environment, book: book, style: style,
      isOneShot: true)
    return runOneShot(arguments, in: context).rawValue
  }

  /// libedit when `editing` (and it starts), else plain reads of standard input.
  private static func lineReader(
    editing: Bool, prompts: Bool, historyPath: String?,
    completer: @escaping EditLineReader.Completer
  ) -> LineReader {
    if editing,
      let reader = EditLineReader(
        programName: "parley", historyPath: historyPath, completer: completer)
    {
      return reader
    }
    return PlainLineReader(showsPrompts: prompts)
  }

  /// Runs parley as the `parley` executable: the process's arguments, environment and terminal.
  public static func main() -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    return main(
      arguments: Array(CommandLine.arguments.dropFirst()), environment: environment,
      terminal: .current(environment: environment))
  }

  /// Ends the process with `status`.
  public static func exit(with status: Int32) -> Never {
    Foundation.exit(status)
  }

  static func runOneShot(_ words: [String], in context: ShellContext) -> ExitStatus {
    do {
      try execute(words, in: context)
      context.book.drainNotices().forEach { context.warn($0) }
      return .success
    } catch {
      context.book.drainNotices().forEach { context.warn($0) }
      return report(error, to: context.output)
    }
  }

  /// Writes `error` for a one-shot command, with the usage line after a
  /// usage error, and returns its exit status.
  static func report(_ error: any Error, to output: TextOutput) -> ExitStatus {
    let shellError = ShellError(error)
    output.writeError("parley: \(shellError.description.withShortExcerpts)\n")
    if case .usage(_, let command?) = shellError,
      let spec = try? CommandTable.command(named: command).spec
    {
      output.writeError("usage: parley \(spec.usage)\n")
    }
    return shellError.status
  }

  /// Parses and runs one command line's words.
  static func execute(_ words: [String], in context: ShellContext) throws {
    guard let name = words.first else { return }
    let command = try CommandTable.command(named: name)
    let arguments = try ParsedArguments(
      Array(words.dropFirst()), options: command.spec.options, command: command.spec.name)
    try command.run(arguments, context)
  }
}
