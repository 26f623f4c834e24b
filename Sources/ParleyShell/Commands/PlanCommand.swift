import ParleyKit

/// `plan`: propose payment plans that fit both sides, agree one, and track it.
enum PlanCommand: ShellCommand {
  /// The words after `plan` that choose what it does.
  static let subcommands = ["propose", "custom", "agree", "revise", "cancel", "show", "export"]

  static let spec = CommandSpec(
    name: "plan", summary: "Propose, agree and track a payment plan",
    arguments: "[propose | custom | agree N | revise | cancel | show | export]",
    maximumArguments: 2,
    positionals: [.choices(subcommands)],
    discussion: """
      'plan' (or 'plan propose') offers 2 to 4 plans for what is owed, best \
      first, from the cash flow you noted: each says what you get by when and \
      whether it fits what the client said they can pay, and those that fit \
      come first. An option marked (!) falls short; the words after the mark \
      say how. 'plan custom' builds one by hand (--equal N, --graduated N, \
      --balloon N --regular AMOUNT, or --installments "DATE AMOUNT; DATE \
      AMOUNT"), with --every week, fortnight or month, --first DATE and an \
      optional --deposit. 'plan agree N' records \
      the option the client accepted; payments then count toward it, \
      installment by installment. 'plan show' tracks it (paid, part-paid, due, \
      late after --grace days, missed); 'plan revise' replaces the schedule for \
      what is left; 'plan cancel' ends it. 'plan export' writes the schedule as \
      a calendar (--ics FILE), a spreadsheet (--csv FILE, with --excel for \
      Excel), a table to paste into an email (--text) or JSON (--json). The \
      calendar has an all-day event per installment with a reminder at 09:00 \
      the day before; the events of a revised or cancelled plan's old \
      schedule are in it too, marked cancelled, so importing it again where \
      the first went removes them. Late-payment charges \
      (--late-charges AMOUNT, or 'statutory' for the interest and compensation \
      'interest' works out) are added to the plan, or waived if it is kept \
      (--waive-if-kept).
      """,
    examples: [
      "plan",
      "plan --late-charges £70 --waive-if-kept",
      "plan --late-charges statutory --rate 4 --waive-if-kept",
      "plan agree 1",
      "plan custom --equal 4 --every month --first 2027-01-15 --deposit £500",
      "plan custom --installments \"2026-12-15 £600; 2027-01-15 £600\" --agree",
      "plan show",
      "plan export --ics acme-plan.ics",
      "plan revise --equal 3 --first 2027-02-01 --reason \"they lost a customer\"",
      "plan cancel --reason \"paid in full by bank transfer\"",
    ],
    options: [
      .caseOption,
      .value("max-months", "N", "the longest plan to propose, in months (default 12)"),
      .value(
        "late-charges", "AMOUNT",
        "late-payment interest and compensation to include; 'statutory' works them out"),
      .value("rate", "PERCENT", "with --late-charges statutory: the reference rate to use"),
      .flag("waive-if-kept", "waive the late charges if the plan is kept (default: charge them)"),
      .value("equal", "N", "custom: N equal installments"),
      .value("graduated", "N", "custom: N installments, smaller first, growing"),
      .value("balloon", "N", "custom: N installments of --regular, the rest in the last"),
      .value("regular", "AMOUNT", "custom: the regular amount for --balloon"),
      .value("installments", "LIST", "custom: \"DATE AMOUNT; DATE AMOUNT; …\""),
      .value(
        "every", "PERIOD", "custom: how often (default month)",
        values: .choices(["week", "fortnight", "month"])),
      .value("first", "DATE", "custom: the first installment's day (default in a week)"),
      .value("deposit", "AMOUNT", "custom: a first payment before the installments"),
      .value("deposit-on", "DATE", "custom: the deposit's day (default in a week)"),
      .flag("agree", "custom: record the schedule as agreed at once"),
      .value("on", "DATE", "agree, revise, cancel: the day it was agreed (default today)"),
      .value("reason", "TEXT", "revise, cancel: why"),
      .value("grace", "DAYS", "show: days after a due date before it counts as missed (default 3)"),
      .value("ics", "FILE", "export: write an iCalendar file"),
      .value("csv", "FILE", "export: write a CSV file"),
      .flag("excel", "export: start the CSV with a byte-order mark, so Excel shows £ and € right"),
      .flag("text", "export: print a table to paste into an email"),
      .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let words = arguments.positionals
    switch words.first?.lowercased() ?? "propose" {
    case "propose": try propose(arguments, state: state, caseID: id, in: context)
    case "custom": try custom(arguments, state: state, caseID: id, in: context)
    case "agree":
      try agree(words.dropFirst().first, arguments, state: state, caseID: id, in: context)
    case "revise": try revise(arguments, state: state, caseID: id, in: context)
    case "cancel": try cancel(arguments, state: state, caseID: id, in: context)
    case "show": try show(arguments, state: state, caseID: id, in: context)
    case "export": try export(arguments, state: state, caseID: id, in: context)
    case let other:
      let hint = subcommands.closest(to: other).map { " Did you mean 'plan \($0)'?" } ?? ""
      throw ShellError.usage("'plan \(other)' is not a plan command.\(hint)", command: spec.name)
    }
  }

  // MARK: - Propose

  private static func propose(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard state.balance.minorUnits > 0 else {
      throw ShellError.invalid("nothing is owed on this case; there is nothing to plan")
    }
    let today = try context.today()
    let policy = try self.policy(arguments, state: state, in: context)
    let options: [PlanOption]
    do {
      options = try PlanProposer.propose(
        balance: state.balance, cashFlow: state.cashFlow, today: today, policy: policy)
    } catch {
      throw ShellError.invalid(error.description)
    }
    try recordUnlessRepeated(
      .init(on: today, balance: state.balance, options: options), state: state, caseID: caseID,
      in: context)
    if arguments.has("json") {
      context.say(try JSONOutput.render(options.map(PlanOptionJSON.init), as: "options"))
      return
    }
    context.say(
      "Plans for the \(state.balance.formatted) \(state.opened.client) owes, best first:")
    for (index, option) in options.enumerated() {
      context.say(option.numberedLine(index + 1, style: context.style))
    }
    if state.cashFlow.knownFields.isEmpty {
      context.say("Note both sides' cash flow with 'cashflow' for plans that fit you both.")
    }
    context.say("When the client accepts one, record it with 'plan agree N'.")
  }

  /// Records `proposal` for 'plan agree N', unless it is the one already on
  /// record: running 'plan' again offers the same options and adds nothing.
  static func recordUnlessRepeated(
    _ proposal: CaseEvent.PlanProposed, state: CaseState, caseID: String,
    in context: ShellContext
  ) throws {
    guard !state.repeatsLastProposal(proposal) else { return }
    try context.record([.planProposed(proposal)], in: caseID)
  }

  /// The proposal policy from `--max-months` and `--late-charges`.
  static func policy(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> PlanPolicy {
    var policy = PlanPolicy(holidays: context.holidays(for: state))
    if let text = arguments.value("max-months") {
      guard let months = Int(text), (1...60).contains(months) else {
        throw ShellError.invalid("--max-months takes a number of months from 1 to 60")
      }
      policy.maxTermMonths = months
    }
    policy.lateCharges = try lateCharges(arguments, state: state, in: context)
    return policy
  }

  static func lateCharges(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> LateCharges? {
    guard let text = arguments.value("late-charges") else {
      if arguments.has("waive-if-kept") {
        throw ShellError.usage(
          "--waive-if-kept needs --late-charges AMOUNT: the charges to waive", command: spec.name)
      }
      return nil
    }
    let amount =
      text.lowercased() == "statutory"
      ? try InterestCommand.statutoryCharges(
        state, referenceRate: try arguments.value("rate").map(InterestCommand.basisPoints),
        in: context)
      : try context.money(text, for: state)
    guard amount.minorUnits > 0 else {
      throw ShellError.invalid("--late-charges must be more than zero")
    }
    // A consumer debt may carry only the charges the agreement or the law allows (Rosenthal).
    if state.opened.debtorKind == .individual,
      let law = (try? context.profile(for: state))?.consumerCollectionLaw
    {
      context.warn("Note: \(law)")
    }
    return LateCharges(
      amount: amount, treatment: arguments.has("waive-if-kept") ? .waivedIfKept : .charged)
  }

  // MARK: - Agree, cancel

  private static func agree(
    _ choice: String?, _ arguments: ParsedArguments, state: CaseState, caseID: String,
    in context: ShellContext
  ) throws {
    guard let proposal = state.lastProposal else {
      throw ShellError.invalid("there is no proposal to agree to yet; run 'plan' first")
    }
    guard let choice, let number = Int(choice), proposal.options.indices.contains(number - 1) else {
      throw ShellError.usage(
        "which option? plan agree N, with N from 1 to \(proposal.options.count)",
        command: spec.name)
    }
    let option = proposal.options[number - 1]
    try record(
      agreement: option.schedule, lateCharges: option.lateCharges, arguments, state: state,
      caseID: caseID, in: context)
  }

  static func record(
    agreement schedule: InstallmentSchedule, lateCharges: LateCharges?,
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    let on = try agreementDay(arguments, state: state, in: context)
    guard schedule.first.due >= on else {
      throw ShellError.invalid(
        "the first installment (\(schedule.first.due.inWords)) would be due before the plan is "
          + "agreed (\(on.inWords)); start it on or after that day")
    }
    let id = state.nextPlanID
    let event = CaseEvent.planAgreed(
      .init(id: id, on: on, schedule: schedule, lateCharges: lateCharges))
    let seqs = try context.record([event], in: caseID)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
    context.say(context.render(scheduleTable(schedule, progress: nil)))
    context.say("Payments recorded with 'paid' now count toward it; 'plan show' tracks it.")
  }

  /// The day from `--on` (default today), which cannot be still to come.
  static func agreementDay(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> Day {
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= (try context.today()) else {
      throw ShellError.invalid("\(on.inWords) is in the future; record it once it is agreed")
    }
    return on
  }

  private static func cancel(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let plan = state.activePlan else {
      throw ShellError.invalid("there is no plan running on this case")
    }
    let reason = try context.value(
      "reason", in: arguments, orAsk: Question(id: "reason", prompt: "Why cancel it?"))
    let on = try agreementDay(arguments, state: state, in: context)
    let event = CaseEvent.planCancelled(.init(id: plan.id, on: on, reason: reason.trimmed))
    let seqs = try context.record([event], in: caseID)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
  }
}
