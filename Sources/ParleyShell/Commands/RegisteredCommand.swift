/// A command as the table holds it: its description and how to run it.
struct RegisteredCommand: Sendable {
  /// The command's own description.
  let spec: CommandSpec
  /// Runs the command.
  let run: @Sendable (ParsedArguments, ShellContext) throws -> Void
}
