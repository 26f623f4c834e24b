import Foundation
import ParleyKit

extension PlanCommand {
  /// `plan export`: the agreed schedule as a calendar, a spreadsheet, a table or JSON.
  ///
  /// A plan that was cancelled still exports as a calendar, its events
  /// withdrawn (see ``PlanCalendar``), so a calendar that imported them removes them.
  static func export(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let latest = state.activePlan ?? state.plans.last else {
      throw ShellError.invalid("there is no agreed plan to export; 'plan agree N' records one")
    }
    let formats =
      ["ics", "csv"].filter { arguments.value($0) != nil }
      + ["text", "json"].filter { arguments.has($0) }
    guard !formats.isEmpty else {
      throw ShellError.usage(
        "say which format: --ics FILE, --csv FILE, --text or --json", command: spec.name)
    }
    if arguments.has("excel") && arguments.value("csv") == nil {
      throw ShellError.usage(
        "--excel marks a CSV file for Excel; give it with --csv FILE", command: spec.name)
    }
    guard let plan = state.activePlan else {
      let ended = latest.cancellation.map { " on \($0.on.short)" } ?? ""
      guard formats == ["ics"] else {
        throw ShellError.invalid(
          "\(latest.id) was cancelled\(ended), so it has no schedule to export; --ics FILE "
            + "still writes its events, marked cancelled, so a calendar that imported them "
            + "removes them")
      }
      try writeCalendar(arguments, state: state, caseID: caseID, in: context)
      return
    }
    let progress = try self.progress(arguments, state: state, plan: plan, in: context)
    try writeCalendar(arguments, state: state, caseID: caseID, in: context)
    if let path = arguments.value("csv") {
      do {
        try PrivateFile.write(
          spreadsheet(
            progress, plan: plan, state: state, caseID: caseID, excel: arguments.has("excel")),
          to: path)
      } catch let error as ExportError {
        throw ShellError.invalid(error.description)
      }
      context.warn("Wrote \(plan.schedule.installments.count) rows to \(path).")
    }
    if arguments.has("text") { context.output.write(try emailTable(progress, state: state)) }
    if arguments.has("json") {
      context.say(try JSONOutput.render(PlanProgressJSON(plan: plan, progress: progress)))
    }
  }

  /// Writes the case's plans as a calendar to `--ics FILE`, if given, and says what it holds.
  private static func writeCalendar(
    _ arguments: ParsedArguments, state: CaseState, caseID: String, in context: ShellContext
  ) throws {
    guard let path = arguments.value("ics") else { return }
    let contents = PlanCalendar.contents(of: state, caseID: caseID, stamp: try context.now())
    do {
      try PrivateFile.write(ICSWriter.render(contents.calendar), to: path)
    } catch let error as ExportError {
      throw ShellError.invalid(error.description)
    }
    let total = contents.published + contents.withdrawn
    let events = "\(total) calendar event\(total == 1 ? "" : "s")"
    guard contents.withdrawn > 0 else {
      context.warn("Wrote \(events) to \(path).")
      return
    }
    let withdrawn =
      contents.published == 0
      ? "all marked cancelled" : "\(contents.withdrawn) of them marked cancelled"
    context.warn(
      "Wrote \(events), \(withdrawn), to \(path). Import it where you imported the plan "
        + "before, so your calendar drops what no longer stands; Google Calendar's import "
        + "skips events it already holds, so delete those there by hand.")
  }

  /// The schedule as CSV, with a byte-order mark first when it is for Excel.
  private static func spreadsheet(
    _ progress: PlanProgress, plan: AgreedPlan, state: CaseState, caseID: String, excel: Bool
  ) throws(ExportError) -> String {
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
    return try CSVWriter.render(header: header, rows: rows, includesByteOrderMark: excel)
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
