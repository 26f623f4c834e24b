import Foundation
import ParleyKit
import ParleyStore

/// Runs parley: the interactive shell, a script on standard input, or one command.
public enum Shell {
  /// parley's version, shown by `--version`.
  public static let version = "0.1.0"

  /// Runs parley with `arguments` (without the program name) and returns the
  /// exit status; output that could not be all written makes it a failure.
  public static func main(
    arguments: [String], environment: [String: String], terminal: TerminalCapabilities,
    output: TextOutput = StandardStreams()
  ) -> Int32 {
    let status = run(
      arguments: arguments, environment: environment, terminal: terminal, output: output)
    guard let failure = output.outputFailure else { return status }
    output.writeError(
      "parley: the output could not be all written (\(String(cString: strerror(failure)))); "
        + "write it to a file with room, or to a pipe that reads it all\n")
    return status == ExitStatus.success.rawValue ? ExitStatus.failure.rawValue : status
  }

  private static func run(
    arguments: [String], environment: [String: String], terminal: TerminalCapabilities,
    output: TextOutput
  ) -> Int32 {
    if let first = arguments.first, ["--version", "-V"].contains(first) {
      output.write("parley \(version)\n")
      return ExitStatus.success.rawValue
    }
    let arguments =
      arguments.first.map { ["--help", "-h"].contains($0) } == true
      ? ["help"] + arguments.dropFirst() : arguments
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
      let completer = Completer { (try? book.caseIDs()) ?? [] }
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
    // A closed pipe is reported as a failed write, with a message, not a silent death.
    signal(SIGPIPE, SIG_IGN)
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
      let shellError = ShellError(error)
      context.output.writeError("parley: \(shellError.description.withShortExcerpts)\n")
      if case .usage(_, let command?) = shellError,
        let spec = try? CommandTable.command(named: command).spec
      {
        context.output.writeError("usage: parley \(spec.usage)\n")
      }
      return shellError.status
    }
  }

  /// Parses and runs one command line's words.
  ///
  /// `--help` or `-h` anywhere before a `--` shows the command's help
  /// instead; more positional arguments than it takes is a usage error.
  static func execute(_ words: [String], in context: ShellContext) throws {
    guard let name = words.first else { return }
    let command = try CommandTable.command(named: name)
    let rest = Array(words.dropFirst())
    if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
      try HelpCommand.run(
        try ParsedArguments([command.spec.name], options: [], command: "help"), in: context)
      return
    }
    let arguments = try ParsedArguments(rest, options: command.spec.options, command: name)
    let spec = command.spec
    guard arguments.positionals.count <= spec.maximumArguments else {
      let extra = arguments.positionals.dropFirst(spec.maximumArguments)
        .joined(separator: " ")
      let takes =
        switch spec.maximumArguments {
        case 0: "takes no arguments"
        case 1: "takes one argument"
        default: "takes at most \(spec.maximumArguments) arguments"
        }
      let hint = spec.maximumArguments > 0 ? " (quote a text that has spaces)" : ""
      throw ShellError.usage(
        "'\(spec.name)' \(takes), but was also given '\(extra)'\(hint)", command: spec.name)
    }
    try command.run(arguments, context)
  }
}
