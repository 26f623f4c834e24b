import ParleyKit

/// `open CASE`: choose the case the next commands work on.
enum OpenCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "open", summary: "Choose the case the next commands work on", arguments: "CASE",
    maximumArguments: CommandSpec.anyNumber,
    positionals: [.caseID],
    discussion: """
      Takes the case id, a unique prefix of it, or the client's name. The prompt \
      then shows the case, and commands such as 'log' and 'paid' use it.
      """,
    examples: ["open acme", "open \"Acme Ltd\""])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard !arguments.positionals.isEmpty else {
      let ids = try context.book.caseIDs()
      let list =
        ids.isEmpty ? "there are no cases yet; start one with 'new'" : ids.joined(separator: ", ")
      throw ShellError.usage("which case? open CASE; cases: \(list)", command: spec.name)
    }
    let id = try context.book.resolve(arguments.positionals.joined(separator: " "))
    let state = try context.book.load(id)
    context.currentCase = id
    let today = try context.today()
    let overdue = state.daysOverdue(today: today)
    var line = "Opened \(id): \(state.opened.client), \(state.balance.formatted) outstanding"
    if overdue > 0 { line += ", \(overdue) days overdue" }
    context.say(line + ".")
    if let closure = state.closure {
      let why = closure.reason.map { ": \($0.firstLine)" } ?? ""
      context.say(
        "It is closed (since \(closure.on.short)\(why)): 'show' and 'export' read it; 'reopen' "
          + "to work on it again.")
    }
  }
}
