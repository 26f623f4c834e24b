/// `completion`: the Tab-completion script for bash, zsh or fish.
enum CompletionCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "completion", summary: "Print the Tab-completion script for bash, zsh or fish",
    arguments: "SHELL", positionals: [.choices(CompletionShell.allCases.map(\.rawValue))],
    discussion: """
      Prints a script that teaches your shell to complete parley as you type: \
      commands, options and their values (channels, jurisdictions, draft kinds, \
      plan commands and the like), file names where a command reads or writes \
      a file, and case ids, which the script asks parley for (--case-ids: \
      quick, quiet, and nothing at all when there is no workspace). The script \
      comes from the same descriptions as 'help' and Tab in parley's own shell. \
      To enable it: in bash, add 'source <(parley completion bash)' to \
      ~/.bashrc; in zsh, 'parley completion zsh > ~/.zfunc/_parley' with \
      'fpath+=(~/.zfunc)' before compinit in ~/.zshrc; in fish, 'parley \
      completion fish > ~/.config/fish/completions/parley.fish'. \
      Scripts/install puts all three in place, with the manual page ('help \
      --man'), and says where.
      """,
    examples: ["completion bash", "completion zsh", "completion fish", "completion --case-ids"],
    options: [
      .flag("case-ids", "print the case ids, one a line (what the scripts ask for as you type)")
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    context.output.write(try output(arguments) { (try? context.book.caseIDs()) ?? [] })
  }

  /// What `completion` prints for `arguments`: a script, or the case ids
  /// `caseIDs` reads (one a line, nothing when there are none).
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` for a missing, unknown or
  ///   extra shell name, naming the shells it supports.
  static func output(_ arguments: ParsedArguments, caseIDs: () -> [String]) throws(ShellError)
    -> String
  {
    let supported = CompletionShell.allCases.map(\.rawValue)
    let list = supported.dropLast().joined(separator: ", ") + " or " + (supported.last ?? "")
    let all = supported.dropLast().joined(separator: ", ") + " and " + (supported.last ?? "")
    if arguments.has("case-ids") {
      guard arguments.positionals.isEmpty else {
        throw .usage("--case-ids takes no shell name; use one or the other", command: spec.name)
      }
      return caseIDs().map { $0 + "\n" }.joined()
    }
    guard let name = arguments.positionals.first else {
      throw .usage("which shell? completion SHELL, where SHELL is \(list)", command: spec.name)
    }
    guard arguments.positionals.count == 1 else {
      throw .usage("give one shell name: completion SHELL (\(list))", command: spec.name)
    }
    guard let shell = CompletionShell(rawValue: name.lowercased()) else {
      throw .usage(
        "parley has no completion script for '\(name)'; it supports \(all)", command: spec.name)
    }
    return shell.script(for: CommandTable.all.map(\.spec))
  }
}
