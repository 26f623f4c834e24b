import ParleyKit

/// `agenda`: what is due today (or in the coming days) across the open cases.
enum AgendaCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "agenda", summary: "What is due today across the cases, and when to be in touch next",
    discussion: """
      Lists, for each open case that needs attention, what is due: installments \
      due or missed, a promised day come or passed, a message of theirs waiting \
      for a reply, an overdue balance; then the next day it is reasonable to \
      contact them (the guard's pacing: spacing between chases, a conversation's \
      cooldown, a promise or a plan being kept) and the ladder's next step. \
      --days N also lists installments and promises falling due in the coming \
      N days. The welcome shows the agenda for the coming week. Closed cases \
      are left out.
      """,
    examples: ["agenda", "agenda --days 7", "agenda --json"],
    options: [
      .value("days", "N", "also what falls due in the coming N days (default 0: today)"), .json,
    ])

  /// The most days looked ahead: a year.
  static let maximumDays = 366

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard arguments.positionals.isEmpty else {
      throw ShellError.usage(
        "agenda takes no arguments (got '\(arguments.positionals[0])'); use --days N",
        command: spec.name)
    }
    let days = try daysAhead(arguments)
    let agenda = try CaseAgenda.read(try context.book.caseIDs(), daysAhead: days, in: context)
    if arguments.has("json") {
      context.say(try JSONOutput.render(AgendaJSON(agenda)))
      return
    }
    defer {
      for (id, problem) in agenda.damaged {
        context.warn("\(id): left out, it cannot be read: \(problem)")
      }
    }
    let today = agenda.today
    let span =
      days == 0
      ? "today, \(today.inWords)" : "from today, \(today.inWords), to \(agenda.through.inWords)"
    guard !agenda.rows.isEmpty else {
      context.say("Nothing needs attention \(span).")
      return
    }
    context.say("Due \(span):")
    var table = TextTable([
      .init("CASE", wraps: true), .init("NEEDS ATTENTION", wraps: true),
      .init("NEXT CONTACT", importance: 1), .init("NEXT STEP", wraps: true, importance: 2),
    ])
    for row in agenda.rows {
      let contact = row.attention.nextContactDay.map { $0 <= today ? "today" : $0.short } ?? "-"
      // Waiting has no day of its own: the next contact says until when.
      let waits = !row.next.action.contactsClient && row.next.action != .fileSmallClaim
      let step =
        row.next.action.rawValue.split(separator: "-").joined(separator: " ")
        + (waits || row.next.isDue(today: today) ? "" : " from \(row.next.from.short)")
      for (index, item) in row.attention.items.enumerated() {
        table.append(
          index == 0
            ? [row.id, Welcome.words(item), contact, step] : ["", Welcome.words(item), "", ""])
      }
    }
    context.say(context.render(table))
    if !agenda.quiet.isEmpty {
      context.say("Nothing due on \(agenda.quiet.joined(separator: ", ")).")
    }
  }

  /// `--days`: a whole number of days from 0 to ``maximumDays``.
  private static func daysAhead(_ arguments: ParsedArguments) throws -> Int {
    guard let text = arguments.value("days") else { return 0 }
    guard let days = Int(text.trimmed), (0...maximumDays).contains(days) else {
      throw ShellError.usage(
        "--days takes a whole number of days from 0 to \(maximumDays) (got '\(text)')",
        command: spec.name)
    }
    return days
  }
}
