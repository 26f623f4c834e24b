import Foundation
import ParleyKit

extension PlanCommand {
  /// `plan export`: the agreed schedule as a calendar, a spreadsheet, a table or JSON.
  static func export(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let plan = state.activePlan else {
      throw ShellError.invalid("there is no agreed plan to export; 'plan agree N' records one")
    }
    let formats =
      ["ics", "csv"].filter { arguments.value($0) != nil }
      + ["text", "json"].filter { arguments.has($0) }
    guard !formats.isEmpty else {
      throw ShellError.usage(
        "say which format: --ics FILE, --csv FILE, --text or --json", command: spec.name)
    }
    let progress = try self.progress(arguments, state: state, plan: plan, in: context)
    do {
      if let path = arguments.value("ics") {
        let calendar = try calendar(plan, state: state, caseID: caseID, stamp: context.now())
        try PrivateFile.write(ICSWriter.render(calendar), to: path)
        context.warn("Wrote \(plan.schedule.installments.count) calendar events to \(path).")
      }
      if let path = arguments.value("csv") {
        try PrivateFile.write(
          spreadsheet(progress, plan: plan, state: state, caseID: caseID), to: path)
        context.warn("Wrote \(plan.schedule.installments.count) rows to \(path).")
      }
    } catch let error as ExportError {
      throw ShellError.invalid(error.description)
    }
    if arguments.has("text") { context.output.write(try emailTable(progress, state: state)) }
    if arguments.has("json") {
      context.say(try JSONOutput.render(PlanProgressJSON(plan: plan, progress: progress)))
    }
  }

  /// One all-day event per installment, with a reminder three days before.
  ///
  /// UIDs are stable per case, plan and installment, and SEQUENCE counts
  /// revisions, so importing again updates the events instead of duplicating them.
  private static func calendar(
    _ plan: AgreedPlan, state: CaseState, caseID: String, stamp: Timestamp
  ) throws -> ICSCalendar {
    let client = state.opened.client
    let invoices = state.invoices.map(\.invoice.number).joined(separator: ", ")
    let count = plan.schedule.installments.count
    let events = plan.schedule.installments.map { installment in
      let label = "Installment \(installment.number)/\(count)"
      return ICSEvent(
        uid: ICSWriter.stableUID(namespace: caseID, key: "\(plan.id)#\(installment.number)"),
        day: installment.due,
        summary: "\(label) due: \(installment.amount.formatted) from \(client)",
        description: "\(plan.id) agreed \(plan.agreedOn.short) with \(client) for invoices "
          + "\(invoices). Recorded in parley; check it arrived and record it with 'paid'.",
        sequence: plan.revisions.count,
        alarms: [
          ICSAlarm(
            description:
              "\(label) (\(installment.amount.formatted)) from \(client) is due in 3 days",
            trigger: .daysBefore(3))
        ])
    }
    // Installments an earlier schedule had and this one has not: withdrawn, so
    // a calendar that imported them before drops them.
    var withdrawn: [Int: Installment] = [:]
    for schedule in plan.revisions.map(\.replaced) {
      for installment in schedule.installments where installment.number > count {
        withdrawn[installment.number] = installment
      }
    }
    let cancelled = withdrawn.keys.sorted().compactMap { number -> ICSEvent? in
      guard let installment = withdrawn[number] else { return nil }
      return ICSEvent(
        uid: ICSWriter.stableUID(namespace: caseID, key: "\(plan.id)#\(number)"),
        day: installment.due,
        summary: "Installment \(number) withdrawn: \(plan.id) with \(client) was revised",
        sequence: plan.revisions.count, isCancelled: true)
    }
    return ICSCalendar(events: events + cancelled, stamp: stamp, name: "\(client): payment plan")
  }

  private static func spreadsheet(
    _ progress: PlanProgress, plan: AgreedPlan, state: CaseState, caseID: String
  ) throws -> String {
    let header = [
      "case", "client", "plan", "installment", "due", "amount", "currency", "paid", "status",
    ]
    let rows: [[CSVCell]] = progress.installments.map { entry in
      [
        .text(caseID), .text(state.opened.client), .text(plan.id),
        .number(String(entry.installment.number)), .date(entry.installment.due),
        .number(entry.installment.amount.plainDecimal), .text(state.currency.code),
        .number(entry.paid.plainDecimal), .text(entry.status.words),
      ]
    }
    return try CSVWriter.render(header: header, rows: rows)
  }

  private static func emailTable(_ progress: PlanProgress, state: CaseState) throws -> String {
    var table = TextTable(
      [.init("Installment", .right), .init("Due"), .init("Amount", .right), .init("Paid", .right)],
      look: .ruled)
    for entry in progress.installments {
      table.append([
        "\(entry.installment.number)", entry.installment.due.short,
        entry.installment.amount.formatted, entry.paid.formatted,
      ])
    }
    table.setTotal(["Total", "", progress.scheduled.formatted, progress.allocated.formatted])
    return table.render() + "\n"
  }
}
