import ParleyKit

/// `show`: the whole case: invoices, payments, contacts, notes.
enum ShowCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "show", summary: "Show the case: invoices, payments, contacts, notes",
    discussion: """
      Shows the open case (or --case): its invoices, any plan, and the latest \
      \(recentLimit) payments, contacts and notes. With --all, every one is listed, \
      then every journal entry with its number, including voided ones and \
      those a correction superseded, so you can void or edit one by number.
      """,
    examples: ["show", "show --all", "show --case acme --json"],
    options: [
      .caseOption, .flag("all", "list everything, and every journal entry with its number"),
      .json,
    ])

  /// How many of the latest payments, contacts and notes are shown without --all.
  static let recentLimit = 10

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments, allowingClosed: true)
    let state = try context.book.load(id)
    let today = try context.today()
    if arguments.has("json") {
      context.say(try JSONOutput.render(CaseDetailJSON(id: id, state: state, today: today)))
      return
    }
    let style = context.style
    let opened = state.opened
    context.say(style.bold("\(opened.client)") + " (\(id)) — \(opened.debtorKind.words)")
    if let contact = opened.contact { context.say("Contact: \(contact)") }
    if let closure = state.closure {
      let why = closure.reason.map { ": \($0.firstLine)" } ?? ""
      context.say(
        style.yellow("Closed on \(closure.on.short)\(why)") + " ('reopen' to work on it again)")
    }
    let name = context.jurisdiction(for: state)?.name ?? opened.jurisdiction
    context.say("Jurisdiction: \(name); amounts in \(state.currency.code)")
    let overdue = state.daysOverdue(today: today)
    var balance = "Outstanding: \(state.balance.formatted) of \(state.totalInvoiced.formatted)"
    if overdue > 0 { balance += style.yellow(", \(overdue) days overdue") }
    context.say(balance)
    if !state.unallocated.isZero {
      context.say(
        "Paid beyond the invoices: \(state.unallocated.formatted) (a credit to the client)")
    }
    context.say()
    context.say(context.render(InvoiceView.table(state.invoices, today: today)))
    if let plan = state.activePlan, let progress = state.planProgress(today: today) {
      context.say()
      context.say(
        style.bold("Plan") + " \(plan.id), agreed \(plan.agreedOn.short): "
          + "\(progress.allocated.formatted) of \(progress.scheduled.formatted) paid")
      context.say(context.render(PlanCommand.scheduleTable(plan.schedule, progress: progress)))
      context.say(progress.nextStep.advice(progress: progress))
    }
    let all = arguments.has("all")
    if !state.payments.isEmpty {
      context.say()
      context.say(style.bold("Payments"))
      for payment in recent(state.payments, all: all, kind: "payment", in: context) {
        context.say(
          "  \(payment.on.short)  \(payment.amount.formatted)"
            + (payment.invoice.map { "  for \($0)" } ?? ""))
      }
    }
    context.say()
    context.say(style.bold("Contacts"))
    if state.contacts.isEmpty { context.say("  none yet") }
    for logged in recent(state.contacts, all: all, kind: "contact", in: context) {
      let contact = logged.contact
      let arrow = contact.direction == .outbound ? "→" : "←"
      context.say("  \(contact.on.short)  \(arrow) \(contact.channel.rawValue): \(contact.summary)")
    }
    if !state.notes.isEmpty {
      context.say()
      context.say(style.bold("Notes"))
      for note in recent(state.notes, all: all, kind: "note", in: context) {
        context.say("  \(note.event.displayLine)")
      }
    }
    if all { showEntries(state, in: context) }
  }

  /// The latest ``recentLimit`` of `items` (all of them with --all), after a
  /// line that says how many earlier ones are left out.
  private static func recent<Item>(
    _ items: [Item], all: Bool, kind: String, in context: ShellContext
  ) -> ArraySlice<Item> {
    let shown = all ? items[...] : items.suffix(recentLimit)
    let earlier = items.count - shown.count
    if earlier > 0 {
      let noun = earlier == 1 ? kind : kind + "s"
      context.say(context.style.dim("  … \(earlier) earlier \(noun) ('show --all' lists them)"))
    }
    return shown
  }

  private static func showEntries(_ state: CaseState, in context: ShellContext) {
    context.say()
    context.say(context.style.bold("Journal"))
    let voided = Dictionary(state.voided.map { ($0.target.seq, $0) }) { first, _ in first }
    for entry in state.entries {
      var line = "  \(entry.seq). \(entry.recordedAt.isoUTC)  \(entry.event.displayLine)"
      if let void = voided[entry.seq] {
        line = context.style.dim(line + "  [void: \(void.reason)]")
      } else if let later = state.supersedingEntry(of: entry.seq) {
        line = context.style.dim(line + "  [superseded by entry \(later)]")
      }
      context.say(line)
    }
  }
}
