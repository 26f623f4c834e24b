/// A command of the shell and of the one-shot CLI.
protocol ShellCommand {
  /// The command's own description.
  static var spec: CommandSpec { get }
  /// Runs the command; throws a ``ShellError`` (or any error) to report a failure.
  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws
}
