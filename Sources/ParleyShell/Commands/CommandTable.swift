/// Every command, in the order `help` lists them, and how a typed name finds one.
enum CommandTable {
  static let all: [RegisteredCommand] = [
    NewCommand.registered, WalkCommand.registered, CasesCommand.registered, OpenCommand.registered,
    AgendaCommand.registered, SearchCommand.registered,
    ShowCommand.registered, InvoiceCommand.registered, LogCommand.registered,
    PaidCommand.registered, NoteCommand.registered, CashflowCommand.registered,
    PlanCommand.registered, DraftCommand.registered, CheckCommand.registered,
    ReplyCommand.registered, ImportCommand.registered, NextCommand.registered,
    PrepCommand.registered, CallCommand.registered,
    EscalateCommand.registered,
    DisputeCommand.registered, PromiseCommand.registered, InterestCommand.registered,
    JurisdictionsCommand.registered, MeCommand.registered,
    EditCommand.registered, RenameCommand.registered, CloseCommand.registered,
    ReopenCommand.registered,
    VoidCommand.registered, UndoCommand.registered,
    VerifyCommand.registered, ExportCommand.registered,
    AskCommand.registered, HelpCommand.registered, CompletionCommand.registered,
    QuitCommand.registered,
  ]

  /// Every name and alias, for completion.
  static var names: [String] { all.flatMap { [$0.spec.name] + $0.spec.aliases } }

  /// The command `name` runs (exact name or alias).
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` naming the closest command.
  static func command(named name: String) throws -> RegisteredCommand {
    let lowered = name.lowercased()
    if let match = all.first(where: { $0.spec.name == lowered || $0.spec.aliases.contains(lowered) }
    ) {
      return match
    }
    if let suggestion = all.map(\.spec.name).closest(to: lowered) {
      throw ShellError.usage(
        "Unknown command '\(name)'. Did you mean '\(suggestion)'?", command: nil)
    }
    throw ShellError.usage(
      "Unknown command '\(name)'. Type 'help' for the list of commands.", command: nil)
  }
}
