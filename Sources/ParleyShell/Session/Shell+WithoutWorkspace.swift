import ParleyStore

extension Shell {
  /// Runs, one-shot, the commands that print parley's own description (a
  /// completion script, the case ids a script asks for, the manual page)
  /// without opening the workspace, so they never create one or fail for
  /// want of one. Nil for any other command line.
  static func runWithoutWorkspace(
    _ words: [String], environment: [String: String], output: TextOutput
  ) -> ExitStatus? {
    guard let name = words.first, let command = try? CommandTable.command(named: name) else {
      return nil
    }
    let rest = Array(words.dropFirst())
    let spec = command.spec
    guard
      spec.name == CompletionCommand.spec.name
        || (spec.name == HelpCommand.spec.name && rest.contains("--man"))
    else { return nil }
    do {
      let arguments = try ParsedArguments(rest, options: spec.options, command: spec.name)
      if spec.name == CompletionCommand.spec.name {
        output.write(
          try CompletionCommand.output(arguments) {
            Workspace.peekCaseIDs(environment: environment)
          })
      } else {
        output.write(try HelpCommand.manual(arguments))
      }
      return .success
    } catch {
      return report(error, to: output)
    }
  }
}
