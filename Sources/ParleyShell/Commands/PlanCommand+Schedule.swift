import ParleyKit

extension PlanCommand {
  /// `plan custom`: a schedule built by hand, proposed (or agreed with `--agree`).
  static func custom(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard state.balance.minorUnits > 0 else {
      throw ShellError.invalid("nothing is owed on this case; there is nothing to plan")
    }
    let lateCharges = try self.lateCharges(arguments, state: state, in: context)
    let total = try planTotal(state.balance, lateCharges: lateCharges)
    let schedule = try buildSchedule(arguments, total: total, state: state, in: context)
    if arguments.has("agree") {
      try record(
        agreement: schedule, lateCharges: lateCharges, arguments, state: state, caseID: caseID,
        in: context)
      return
    }
    let today = try context.today()
    guard schedule.first.due >= today else {
      throw ShellError.invalid(
        "the first installment (\(schedule.first.due.inWords)) would be due before today; "
          + "start it today or later")
    }
    let option = PlanOption(
      kind: .custom, schedule: schedule, lateCharges: lateCharges, cashFlow: state.cashFlow)
    try recordUnlessRepeated(
      .init(on: today, balance: state.balance, options: [option]), state: state, caseID: caseID,
      in: context)
    if arguments.has("json") {
      context.say(try JSONOutput.render([PlanOptionJSON(option)], as: "options"))
      return
    }
    context.say(option.numberedLine(1, style: context.style))
    context.say(context.render(scheduleTable(schedule, progress: nil)))
    context.say("When the client accepts it, record it with 'plan agree 1'.")
  }

  /// `plan revise`: a new schedule for what is left on the running plan.
  static func revise(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let plan = state.activePlan else {
      throw ShellError.invalid("there is no plan running on this case; agree one first")
    }
    let left = state.remaining(on: plan)
    guard left.minorUnits > 0 else {
      throw ShellError.invalid("\(plan.id) is paid in full; there is nothing left to revise")
    }
    let schedule = try buildSchedule(arguments, total: left, state: state, in: context)
    let reason = try context.value(
      "reason", in: arguments, orAsk: Question(id: "reason", prompt: "Why revise it?"))
    let on = try agreementDay(arguments, state: state, in: context)
    guard schedule.first.due >= on else {
      throw ShellError.invalid(
        "the first installment (\(schedule.first.due.inWords)) would be due before the revision "
          + "(\(on.inWords)); start it on or after that day")
    }
    let event = CaseEvent.planRevised(
      .init(id: plan.id, on: on, schedule: schedule, reason: reason.trimmed))
    let seqs = try context.record([event], in: caseID)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
    context.say(context.render(scheduleTable(schedule, progress: nil)))
  }

  /// What a plan must add up to: the balance, plus late charges when they are charged.
  private static func planTotal(_ balance: Money, lateCharges: LateCharges?) throws -> Money {
    guard let lateCharges, lateCharges.treatment == .charged else { return balance }
    do {
      return try balance.adding(lateCharges.amount)
    } catch {
      throw ShellError.invalid(error.description)
    }
  }

  /// The schedule the options describe, for `total`.
  private static func buildSchedule(
    _ arguments: ParsedArguments, total: Money, state: CaseState, in context: ShellContext
  ) throws -> InstallmentSchedule {
    let shapes = ["equal", "graduated", "balloon", "installments"].filter {
      arguments.value($0) != nil
    }
    guard shapes.count == 1, let shape = shapes.first else {
      throw ShellError.usage(
        shapes.isEmpty
          ? "say how to split it: --equal N, --graduated N, --balloon N --regular AMOUNT, "
            + "or --installments \"DATE AMOUNT; DATE AMOUNT\""
          : "give one of --equal, --graduated, --balloon or --installments, not several",
        command: spec.name)
    }
    let today = try context.today()
    let inAWeek = today.adding(days: 7).iso
    let holidays = context.holidays(for: state)
    do {
      if shape == "installments" {
        let rows = try installmentList(arguments.value(shape) ?? "", state: state, in: context)
        return try InstallmentSchedule.custom(
          balance: total, installments: rows, holidays: holidays)
      }
      let count = try self.count(arguments.value(shape) ?? "", option: shape)
      let frequency = try self.frequency(arguments.value("every") ?? "month")
      let first = try context.day(arguments.value("first") ?? inAWeek, for: state)
      var deposit: Deposit?
      if let amount = arguments.value("deposit") {
        deposit = Deposit(
          amount: try context.money(amount, for: state),
          due: try context.day(arguments.value("deposit-on") ?? inAWeek, for: state))
      }
      switch shape {
      case "equal":
        return try InstallmentSchedule.equal(
          balance: total, count: count, frequency: frequency, firstDue: first, deposit: deposit,
          holidays: holidays)
      case "graduated":
        return try InstallmentSchedule.graduated(
          balance: total, count: count, frequency: frequency, firstDue: first, deposit: deposit,
          holidays: holidays)
      default:
        guard let regular = arguments.value("regular") else {
          throw ShellError.usage("--balloon needs --regular AMOUNT", command: spec.name)
        }
        return try InstallmentSchedule.balloon(
          balance: total, regular: try context.money(regular, for: state), count: count,
          frequency: frequency, firstDue: first, deposit: deposit, holidays: holidays)
      }
    } catch let error as PlanError {
      throw ShellError.invalid(error.description)
    }
  }

  private static func count(_ text: String, option: String) throws -> Int {
    guard let count = Int(text), count >= 1 else {
      throw ShellError.invalid("--\(option) takes a number of installments, e.g. --\(option) 4")
    }
    return count
  }

  private static func frequency(_ text: String) throws -> PlanFrequency {
    switch text.lowercased() {
    case "week", "weekly", "w": return .weekly
    case "fortnight", "fortnightly", "2 weeks", "two weeks": return .fortnightly
    case "month", "monthly", "m": return .monthly
    default: throw ShellError.invalid("--every takes week, fortnight or month, not '\(text)'")
    }
  }

  /// Reads `DATE AMOUNT; DATE AMOUNT`: the amount is the last word of each part.
  private static func installmentList(
    _ text: String, state: CaseState, in context: ShellContext
  ) throws -> [(due: Day, amount: Money)] {
    let parts = text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { String($0).trimmed }
      .filter { !$0.isEmpty }
    guard !parts.isEmpty else {
      throw ShellError.invalid("--installments takes \"DATE AMOUNT; DATE AMOUNT; …\"")
    }
    return try parts.map { part in
      guard let space = part.lastIndex(where: \.isWhitespace) else {
        throw ShellError.invalid(
          "'\(part)' needs a date and an amount, e.g. 2027-01-15 £500")
      }
      let due = try context.day(String(part[..<space]).trimmed, for: state)
      let amount = try context.money(String(part[part.index(after: space)...]), for: state)
      return (due, amount)
    }
  }
}
