import ParleyKit

extension PlanCommand {
  /// `plan show`: each installment with its status, and the next step.
  static func show(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let plan = state.activePlan else {
      if let last = state.plans.last, let cancellation = last.cancellation {
        throw ShellError.invalid(
          "\(last.id) was cancelled on \(cancellation.on.short) (\(cancellation.reason)); "
            + "no plan is running; 'plan' proposes new options")
      }
      if state.lastProposal != nil {
        context.say("No plan agreed yet. 'plan agree N' records the option the client accepted.")
        return
      }
      throw ShellError.invalid("there is no plan on this case yet; 'plan' proposes some")
    }
    let progress = try self.progress(arguments, state: state, plan: plan, in: context)
    if arguments.has("json") {
      context.say(try JSONOutput.render(PlanProgressJSON(plan: plan, progress: progress)))
      return
    }
    let revised = plan.revisions.isEmpty ? "" : ", revised \(plan.scheduleAgreedOn.short)"
    context.say(
      context.style.bold("\(plan.id)") + ", agreed \(plan.agreedOn.short)\(revised): "
        + "\(progress.allocated.formatted) of \(progress.scheduled.formatted) paid")
    context.say(context.render(scheduleTable(plan.schedule, progress: progress)))
    if !progress.surplus.isZero {
      context.say("Paid beyond the plan: \(progress.surplus.formatted).")
    }
    context.say(progress.nextStep.advice(progress: progress))
  }

  /// The plan's progress today, with `--grace` days of grace.
  static func progress(
    _ arguments: ParsedArguments, state: CaseState, plan: AgreedPlan, in context: ShellContext
  ) throws -> PlanProgress {
    var tracker = PlanTracker()
    if let text = arguments.value("grace") {
      guard let days = Int(text) else {
        throw ShellError.invalid("--grace takes a number of days, e.g. --grace 3")
      }
      do {
        tracker = try PlanTracker(graceDays: days)
      } catch {
        throw ShellError.invalid(error.description)
      }
    }
    return tracker.progress(
      of: plan, payments: state.payments(toward: plan), today: try context.today())
  }

  /// The schedule as a table; with progress, what was paid and each status.
  static func scheduleTable(_ schedule: InstallmentSchedule, progress: PlanProgress?) -> TextTable {
    var columns: [TextTable.Column] = [.init("#", .right), .init("DUE"), .init("AMOUNT", .right)]
    if progress != nil { columns += [.init("PAID", .right, importance: 1), .init("STATUS")] }
    var table = TextTable(columns)
    for (index, installment) in schedule.installments.enumerated() {
      var row = [
        TextTable.Cell("\(installment.number)"), TextTable.Cell(installment.due.short),
        TextTable.Cell(installment.amount.formatted),
      ]
      if let entry = progress?.installments[index] {
        row += [TextTable.Cell(entry.paid.formatted), entry.status.cell]
      }
      table.append(cells: row)
    }
    return table
  }
}

extension InstallmentStatus {
  /// The status in words: `part-paid`, `late (in grace)`.
  var words: String {
    switch self {
    case .paid: "paid"
    case .upcoming: "upcoming"
    case .dueToday: "due today"
    case .late: "late (in grace)"
    case .partPaid: "part-paid"
    case .missed: "missed"
    }
  }

  /// The status in words, for a table: coloured when it needs attention.
  var cell: TextTable.Cell {
    switch self {
    case .paid: TextTable.Cell(words, .green)
    case .upcoming: TextTable.Cell(words)
    case .dueToday, .late, .partPaid: TextTable.Cell(words, .yellow)
    case .missed: TextTable.Cell(words, .red)
    }
  }
}

extension PlanProgress {
  /// Where the plan stands in a few words, for the `cases` table.
  var brief: String {
    switch nextStep {
    case .complete: return "plan complete"
    case .nudge(let number): return "#\(number) missed: nudge"
    case .revisitPlan(let missed): return "\(missed.count) missed: revisit plan"
    case .none:
      guard let next else { return "plan on track" }
      return "next \(next.owed.formatted) \(next.installment.due.short)"
    }
  }
}

extension PlanNextStep {
  /// What to do next, in a sentence.
  func advice(progress: PlanProgress) -> String {
    switch self {
    case .none:
      if let next = progress.next {
        return "Next: \(next.owed.formatted) due \(next.installment.due.short)."
      }
      return "Nothing is due yet."
    case .nudge(let number):
      return "Installment \(number) was missed: a calm nudge is the next step; "
        + "ask whether something changed and when it can be paid."
    case .revisitPlan(let missed):
      let list = missed.map(String.init).joined(separator: ", ")
      return "Installments \(list) were missed in a row: time to talk and revisit the plan "
        + "('plan revise') rather than chase each one."
    case .complete:
      return "Every installment is paid: the plan is complete."
    }
  }
}
