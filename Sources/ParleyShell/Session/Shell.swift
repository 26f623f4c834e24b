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
    let global: GlobalOptions
    let words: [String]
    do {
      (global, words) = try GlobalOptions.split(arguments)
    } catch {
      output.writeError("parley: \(error.description)\n")
      return ExitStatus.usage.rawValue
    }
    if let first = words.first, ["--version", "-V"].contains(first) {
      output.write("parley \(version)\n")
      return ExitStatus.success.rawValue
    }
    let arguments =
      words.first.map { ["--help", "-h"].contains($0) } == true
      ? ["help"] + words.dropFirst() : words
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
    let decision = terminal.choosingColor(global.color)
    let style = Style(isColored: decision.usesColor)
    let size = { TerminalSize.current(environment: environment) }
    // Scripts are never paged: only a person at a terminal reads a pager.
    let pages =
      global.pages && decision.writesToTerminal && (decision.isInteractive || !arguments.isEmpty)
    let pager = pages ? Pager(environment: environment, terminalIsCapable: decision.isCapable) : nil
    let paged = pager.map {
      PagedOutput(destination: output, terminalSize: size, showInPager: $0.show)
    }
    let isShell = arguments.isEmpty
    let completer = Completer(caseIDs: { (try? book.caseIDs()) ?? [] }, home: environment["HOME"])
    var reader = lineReader(
      editing: decision.usesLineEditor, prompts: decision.isInteractive,
      historyPath: isShell ? HistoryLocation.resolve(environment: environment) : nil,
      completer: isShell ? completer.candidates(for:) : { _ in [] })
    if let paged { reader = ReleasingLineReader(reader, releasing: paged) }
    let context = ShellContext(
      output: paged ?? output, reader: reader, environment: environment, book: book,
      style: style, isOneShot: !isShell, terminalSize: size)
    if isShell { return Repl(context: context).run().rawValue }
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
  ///
  /// `--help` or `-h` anywhere before a `--` shows the command's help
  /// instead; more positional arguments than it takes is a usage error.
  static func execute(_ words: [String], in context: ShellContext) throws {
    let (global, words) = try GlobalOptions.split(words)
    guard let name = words.first else { return }
    let command = try CommandTable.command(named: name)
    let rest = Array(words.dropFirst())
    if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
      try context.running(with: global) {
        try HelpCommand.run(
          try ParsedArguments([command.spec.name], options: [], command: "help"), in: context)
      }
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
    try context.running(with: global) {
      if spec.recordsEntries && arguments.has("json") {
        try context.reportingRecordedEntries { try command.run(arguments, context) }
      } else {
        try command.run(arguments, context)
      }
    }
  }
}
