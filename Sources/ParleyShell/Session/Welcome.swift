import ParleyKit

/// The greeting when the shell opens at a terminal: what needs attention
/// today across the cases, the next reasonable contact day for each, then
/// "What would you like to do?".
enum Welcome {
  /// The most cases the welcome reads; beyond it, 'cases' lists them all.
  static let caseLimit = 200

  /// The lines after the banner, for the cases in `context`'s workspace.
  static func lines(in context: ShellContext) -> [String] {
    guard let ids = try? context.book.caseIDs(), let today = try? context.today() else {
      return []
    }
    guard !ids.isEmpty else {
      return [
        "No cases yet. Type 'new' to start one, or just say what happened, e.g. "
          + "\"Acme haven't paid invoice 42\". To see how parley works first, 'walk --sample' "
          + "talks through a made-up case in a throwaway workspace."
      ]
    }
    guard ids.count <= caseLimit else {
      return [
        "\(ids.count) cases: 'cases' lists them, most overdue first.", "What would you like to do?",
      ]
    }
    // The agenda for the coming week: 'agenda --days 7' lists the same.
    guard
      let agenda = try? CaseAgenda.read(
        ids, daysAhead: CaseAttention.dueSoonDays, in: context)
    else { return ["What would you like to do?"] }
    let lines = agenda.rows.map { row in
      let next = row.attention.nextContactDay.map { day in
        day <= today ? "you can be in touch today" : "next contact from \(day.short)"
      }
      let items = row.attention.items.map(words)
      return "  \(row.id): \(items.joined(separator: "; "))" + (next.map { "; \($0)" } ?? "")
    }
    var result = lines.isEmpty ? [] : ["Today:"] + lines
    if !agenda.quiet.isEmpty {
      result.append("Nothing due on \(agenda.quiet.joined(separator: ", ")).")
    }
    result.append("What would you like to do?")
    return result
  }

  /// One item in words.
  static func words(_ item: CaseAttention.Item) -> String {
    switch item {
    case .overdue(let balance, let days):
      "\(balance.formatted) is \(days) \(days == 1 ? "day" : "days") overdue"
    case .missedInstallments(let count, let owed):
      "\(count) installment\(count == 1 ? "" : "s") missed (\(owed.formatted))"
    case .installmentDue(let amount, let day): "\(amount.formatted) due on \(day.short)"
    case .promiseBroken(let day): "the promised day, \(day.short), has passed"
    case .promiseDue(let amount, let day):
      "they promised \(amount?.formatted ?? "the balance") by \(day.short)"
    case .replyWaiting(let day): "their message of \(day.short) is waiting for a reply"
    }
  }
}
