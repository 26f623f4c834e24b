/// `quit`: leave the shell.
enum QuitCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "quit", aliases: ["exit"], summary: "Leave the shell (Ctrl-D also works)",
    discussion:
      "Leaves the shell. Everything is already saved: each entry is written as it is made.",
    examples: ["quit"])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    context.wantsToQuit = true
  }
}
