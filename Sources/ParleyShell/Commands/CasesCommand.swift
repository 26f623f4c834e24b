import ParleyKit

/// `cases`: every case with its balance, days overdue and last contact.
enum CasesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "cases", aliases: ["ls"],
    summary: "List every case: balance, days overdue, last contact",
    discussion: """
      Lists the open cases in the workspace, most overdue first, with what is \
      still owed and when you were last in touch. --overdue keeps only those \
      with an overdue balance. --sort orders them by \(CaseSortKey.names) \
      (most overdue, largest balance, A to Z, longest since the last contact, \
      soonest next contact); --reverse turns the order round. Closed cases are \
      listed with --closed, or with the open ones with --all.
      """,
    examples: [
      "cases", "cases --overdue", "cases --sort next-contact", "cases --all", "cases --json",
    ],
    options: [
      .flag("overdue", "only cases with an overdue balance"),
      .value("sort", "KEY", "order by \(CaseSortKey.names)"),
      .flag("reverse", "the other way round"),
      .flag("all", "closed cases too"), .flag("closed", "only closed cases"), .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let today = try context.today()
    let sort = try sortKey(arguments)
    // Worked out only where it is shown or sorted by.
    let needsNextContact = sort == .nextContact || arguments.has("json")
    var cases: [CaseSortKey.Listed] = []
    var damaged: [(id: String, problem: String)] = []
    var hiddenClosed = 0
    for (id, state) in context.book.loadAll(try context.book.caseIDs()) {
      switch state {
      case .success(let state):
        let wanted = arguments.has("all") || (arguments.has("closed") == state.isClosed)
        if !wanted && state.isClosed { hiddenClosed += 1 }
        guard wanted else { continue }
        guard !arguments.has("overdue") || isOverdue(state, today: today) else { continue }
        let next = needsNextContact ? nextContact(state, in: context) : nil
        cases.append(.init(id: id, state: state, nextContact: next))
      case .failure(let error): damaged.append((id, ShellError(error).description))
      }
    }
    cases.sort { sort.precedes($0, $1, today: today) }
    if arguments.has("reverse") { cases.reverse() }
    if arguments.has("json") {
      let entries =
        cases.map {
          CaseListEntryJSON.readable(
            CaseSummaryJSON(id: $0.id, state: $0.state, today: today, nextContact: $0.nextContact))
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
      if damaged.isEmpty { context.say(emptyListing(arguments, hiddenClosed: hiddenClosed)) }
      return
    }
    let showsClosed = arguments.has("all") || arguments.has("closed")
    var columns: [TextTable.Column] = [
      .init("CASE", wraps: true), .init("CLIENT", wraps: true), .init("BALANCE", .right),
      .init("OVERDUE", .right, importance: 3), .init("LAST CONTACT", wraps: true, importance: 1),
      .init("PLAN", wraps: true, importance: 2),
    ]
    // The order is always visible: sorting by the next contact shows it.
    if sort == .nextContact { columns.append(.init("NEXT CONTACT", wraps: true)) }
    if showsClosed { columns.append(.init("CLOSED", wraps: true, importance: 1)) }
    var table = TextTable(columns)
    for listed in cases {
      let state = listed.state
      let overdue = state.daysOverdue(today: today)
      var row = [
        listed.id, state.opened.client, state.balance.formatted,
        overdue == 0 ? "-" : "\(overdue) days",
        state.lastContact.map { "\($0.contact.on.short), \($0.contact.channel.rawValue)" }
          ?? "none yet",
        state.isClosed ? "-" : state.planProgress(today: today)?.brief ?? "-",
      ]
      if sort == .nextContact {
        row.append(listed.nextContact.map { $0 <= today ? "today" : $0.short } ?? "-")
      }
      if showsClosed { row.append(state.closure.map { closed($0) } ?? "-") }
      table.append(row)
    }
    context.say(context.render(table))
    if hiddenClosed > 0 {
      let noun = hiddenClosed == 1 ? "1 closed case is" : "\(hiddenClosed) closed cases are"
      context.say(context.style.dim("(\(noun) not listed; 'cases --all' lists them too)"))
    }
  }

  /// Whether `state` has a balance past its due day.
  private static func isOverdue(_ state: CaseState, today: Day) -> Bool {
    state.daysOverdue(today: today) > 0 && state.balance.minorUnits > 0
  }

  /// The next reasonable contact day, by the guard's pacing; nil for a closed
  /// case, one with nothing owed, or one whose profile is unknown.
  private static func nextContact(_ state: CaseState, in context: ShellContext) -> Day? {
    guard let profile = try? context.profile(for: state), let today = try? context.today() else {
      return nil
    }
    return CaseAttention(state: state, profile: profile, today: today).nextContactDay
  }

  /// `3 Dec 2026: paid in full`.
  private static func closed(_ closure: CaseClosure) -> String {
    closure.on.short + (closure.reason.map { ": \($0.clipped(40))" } ?? "")
  }

  /// What an empty listing says, by what was asked for.
  private static func emptyListing(_ arguments: ParsedArguments, hiddenClosed: Int) -> String {
    if arguments.has("overdue") { return "No case has an overdue balance." }
    if arguments.has("closed") { return "No case is closed." }
    if hiddenClosed > 0 { return "Every case is closed; 'cases --closed' lists them." }
    return "No cases yet. Start one with 'new'."
  }

  /// `--sort`: one of the keys, else the default.
  private static func sortKey(_ arguments: ParsedArguments) throws -> CaseSortKey {
    guard let text = arguments.value("sort") else { return .overdue }
    guard let key = CaseSortKey(rawValue: text.trimmed.lowercased()) else {
      let suggestion =
        CaseSortKey.allCases.map(\.rawValue).closest(to: text.lowercased())
        .map { " Did you mean '\($0)'?" } ?? ""
      throw ShellError.usage(
        "cannot sort by '\(text)': use one of \(CaseSortKey.names).\(suggestion)",
        command: spec.name)
    }
    return key
  }
}
