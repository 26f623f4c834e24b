import ParleyKit

/// `prep`: one screen to read before a call or meeting with the client.
enum PrepCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "prep", summary: "One screen to prepare for a call or meeting with the client",
    discussion: """
      Before a difficult conversation: what is owed and how old it is, what \
      the client said and when, both sides' interests, the plan options \
      ranked, your walk-away point (private: the least you would accept now, \
      noted with 'cashflow'; never in a draft or a shared export), the points \
      you can rely on (the agreed terms, statutory interest, the process), \
      the commitment to leave with, and what not to say. Nothing is recorded.
      """,
    examples: ["prep", "prep --case acme"],
    options: [.caseOption])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let profile = try context.profile(for: state)
    let now = try context.now()
    let today = now.localDay
    let sheet = PrepSheet(state: state, profile: profile, today: today)
    let style = context.style
    func heading(_ text: String) { context.say(style.bold(text)) }

    heading("Preparing to talk to \(sheet.client)")
    let age = sheet.daysOverdue > 0 ? ", \(sheet.daysOverdue) days overdue" : ", not yet overdue"
    context.say("They owe \(sheet.balance.formatted)\(age).")
    for invoice in sheet.invoices {
      context.say("  \(invoice.number): \(invoice.outstanding.formatted), due \(invoice.due.short)")
    }

    heading("What they said")
    if sheet.said.isEmpty { context.say("  Nothing recorded from them yet.") }
    for said in sheet.said { context.say("  \(said.on.short): \(said.what)") }

    heading("Both sides")
    let mine = sheet.cashFlow.mine
    let theirs = sheet.cashFlow.theirs
    let you = [
      mine.need.map { $0.isZero ? "nothing needed soon" : "you need \($0.formatted)" }
        .map { text in text + (mine.needBy.map { " by \($0.short)" } ?? "") },
      mine.restBy.map { "you can wait for the rest until \($0.short)" },
      mine.keepClient.map {
        $0 ? "you want to keep the client" : "you don't need to keep the client"
      },
    ].compactMap { $0 }
    let them = [
      theirs.capacity.map { "they can pay \($0.amount.formatted) a \($0.per.rawValue)" }
        .map { text in text + (theirs.capacityFrom.map { " from \($0.short)" } ?? "") },
      theirs.reason.map { "because \($0)" },
      theirs.improvesOn.map { "things improve on \($0.short)" },
    ].compactMap { $0 }
    context.say(
      "  You: " + (you.isEmpty ? "not noted yet ('cashflow')" : you.joined(separator: "; ")))
    context.say("  Them: " + (them.isEmpty ? "not known yet: ask" : them.joined(separator: "; ")))

    heading("Options to offer, best first")
    if let plan = sheet.plan {
      context.say("  A plan is running (\(plan.id)); talk about keeping it or revising it.")
    } else if sheet.options.isEmpty {
      context.say("  None yet: ask what they can pay and from when.")
    }
    if sheet.plan == nil {
      for (index, option) in sheet.options.enumerated() {
        context.say("  \(index + 1). \(option.line)")
      }
    }

    heading("Your walk-away point (private: never say it)")
    context.say(
      "  "
        + (sheet.walkAway.map { "the least you would accept now: \($0.formatted)" }
          ?? "not set: decide it before you call ('cashflow --walk-away AMOUNT')"))

    heading("Points you can rely on")
    let due = sheet.invoices.map { "\($0.number) was due on \($0.due.short)" }
    if !due.isEmpty { context.say("  The agreed terms: \(due.joined(separator: "; ")).") }
    if let charges = sheet.lateCharges, charges.total.minorUnits > 0 {
      context.say(
        "  Statutory interest and compensation to today: \(charges.total.formatted) under "
          + "\(charges.law); you can offer to waive it if they keep to a plan.")
    }
    let ladder = ProcessLadder.state(of: state, profile: profile, now: now)
    context.say("  The process, calmly: \(ladder.next.sentences(today: today))")

    heading("Leave with")
    context.say(
      "  A commitment: \(sheet.commitment.formatted) on a named day (a date, not 'soon' or "
        + "'next week'), and what happens after it. Confirm it in writing the same day.")

    heading("What not to say")
    var avoid = [
      "No threats of court, collectors or reviews: mediation comes first.",
      "Don't accept 'soon' or 'when we can': ask which day, and for how much.",
      "Don't mention your own cash flow or your walk-away point.",
    ]
    if sheet.dispute != nil {
      avoid.append("Don't argue the dispute on the call: note the specifics and answer in writing.")
    }
    if sheet.noThirdParties {
      avoid.append("Discuss the debt only with the client, never with anyone else there.")
    }
    for line in avoid { context.say("  \(line)") }
  }
}
