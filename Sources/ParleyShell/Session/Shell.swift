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
    let completer = Completer { (try? book.caseIDs()) ?? [] }
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
  static func execute(_ words: [String], in context: ShellContext) throws {
    let (global, words) = try GlobalOptions.split(words)
    guard let name = words.first else { return }
    let command = try CommandTable.command(named: name)
    let arguments = try ParsedArguments(
      Array(words.dropFirst()), options: command.spec.options, command: command.spec.name)
    try context.running(with: global) { try command.run(arguments, context) }
  }
}
