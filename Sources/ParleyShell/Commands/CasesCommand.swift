import ParleyKit

/// `cases`: every case with its balance, days overdue and last contact.
enum CasesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "cases", aliases: ["ls"],
    summary: "List every case: balance, days overdue, last contact",
    discussion: """
      Lists the cases in the workspace, most overdue first, with what is still \
      owed and when you were last in touch.
      """,
    examples: ["cases", "cases --json"],
    options: [.json])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let today = try context.today()
    var cases: [(String, CaseState)] = []
    var damaged: [(id: String, problem: String)] = []
    for (id, state) in context.book.loadAll(try context.book.caseIDs()) {
      switch state {
      case .success(let state): cases.append((id, state))
      case .failure(let error): damaged.append((id, ShellError(error).description))
      }
    }
    cases.sort {
      ($1.1.daysOverdue(today: today), $0.0) < ($0.1.daysOverdue(today: today), $1.0)
    }
    if arguments.has("json") {
      let entries =
        cases.map {
          CaseListEntryJSON.readable(CaseSummaryJSON(id: $0.0, state: $0.1, today: today))
        }
        + damaged.map { CaseListEntryJSON.damaged(id: $0.id, problem: $0.problem) }
      context.say(try JSONOutput.render(entries, as: "cases"))
      return
    }
    defer {
      for (id, problem) in damaged {
        context.warn("\(id): DAMAGED, cannot be read: \(problem)")
      }
    }
    guard !cases.isEmpty else {
      if damaged.isEmpty { context.say("No cases yet. Start one with 'new'.") }
      return
    }
    var table = TextTable([
      .init("CASE", wraps: true), .init("CLIENT", wraps: true), .init("BALANCE", .right),
      .init("OVERDUE", .right, importance: 3), .init("LAST CONTACT", wraps: true, importance: 1),
      .init("PLAN", wraps: true, importance: 2),
    ])
    for (id, state) in cases {
      let overdue = state.daysOverdue(today: today)
      table.append([
        id, state.opened.client, state.balance.formatted,
        overdue == 0 ? "-" : "\(overdue) days",
        state.lastContact.map { "\($0.contact.on.short), \($0.contact.channel.rawValue)" }
          ?? "none yet",
        state.planProgress(today: today)?.brief ?? "-",
      ])
    }
    context.say(context.render(table))
  }
}
