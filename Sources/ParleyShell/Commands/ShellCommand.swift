/// A command of the shell and of the one-shot CLI.
protocol ShellCommand: SendableMetatype {
  /// The command's own description.
  static var spec: CommandSpec { get }
  /// Runs the command; throws a ``ShellError`` (or any error) to report a failure.
  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws
}

extension ShellCommand {
  /// The command for the table.
  static var registered: RegisteredCommand {
    RegisteredCommand(spec: spec, run: { try run($0, in: $1) })
  }
}
