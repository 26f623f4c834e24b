import ParleyKit

/// `agenda --json`: what needs attention across the open cases.
struct AgendaJSON: Encodable {
  /// The first day looked at.
  let today: Day
  /// The last day looked at.
  let through: Day
  /// Days looked ahead past today.
  let days: Int
  /// The cases that need attention, by id.
  let cases: [AgendaCaseJSON]
  /// Open cases with a balance and nothing due, by case id.
  let nothingDue: [String]
  /// Cases that could not be read.
  let damaged: [DamagedCaseJSON]

  init(_ agenda: CaseAgenda) {
    today = agenda.today
    through = agenda.through
    days = agenda.daysAhead
    cases = agenda.rows.map { AgendaCaseJSON($0, today: agenda.today) }
    nothingDue = agenda.quiet
    damaged = agenda.damaged.map { DamagedCaseJSON(id: $0.id, problem: $0.problem) }
  }
}
