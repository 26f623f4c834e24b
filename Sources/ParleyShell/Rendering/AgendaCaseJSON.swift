import ParleyKit

/// One case in `agenda --json`.
struct AgendaCaseJSON: Encodable {
  let caseID: String
  let client: String
  let balance: Money
  let daysOverdue: Int
  /// What needs attention, most pressing first.
  let items: [AgendaItemJSON]
  /// The first day a chase is reasonable, by the contact guard's pacing.
  var nextContactDay: Day?
  /// The ladder's next step.
  let nextStep: LadderNextJSON

  init(_ row: CaseAgenda.Row, today: Day) {
    caseID = row.id
    client = row.state.opened.client
    balance = row.state.balance
    daysOverdue = row.state.daysOverdue(today: today)
    items = row.attention.items.map(AgendaItemJSON.init)
    nextContactDay = row.attention.nextContactDay
    nextStep = LadderNextJSON(row.next, today: today)
  }
}
