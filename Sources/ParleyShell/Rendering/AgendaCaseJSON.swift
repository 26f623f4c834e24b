import ParleyKit

/// One case in `agenda --json`.
struct AgendaCaseJSON: Encodable {
  let id: String
  let client: String
  let balance: Money
  let daysOverdue: Int
  /// What needs attention, most pressing first.
  let items: [AgendaItemJSON]
  /// The first day a chase is reasonable, by the contact guard's pacing.
  @Nullable var nextContactDay: Day?
  /// The ladder's next step.
  let nextStep: NextStepJSON

  init(_ row: CaseAgenda.Row, today: Day) {
    id = row.id
    client = row.state.opened.client
    balance = row.state.balance
    daysOverdue = row.state.daysOverdue(today: today)
    items = row.attention.items.map(AgendaItemJSON.init)
    nextContactDay = row.attention.nextContactDay
    nextStep = NextStepJSON(row.next, today: today)
  }
}

/// The ladder's next step in JSON output: what, from which day, and why.
struct NextStepJSON: Encodable {
  /// The action's id (`remind`, `offer-mediation`).
  let action: String
  /// The first day it is reasonable.
  let from: Day
  /// Whether it is reasonable today.
  let due: Bool
  /// Why, in words.
  let reason: String
  /// The draft that goes with it, by kind, if parley writes one.
  @Nullable var draft: String?

  init(_ next: LadderNextStep, today: Day) {
    action = next.action.rawValue
    from = next.from
    due = next.isDue(today: today)
    reason = next.reason.explanation
    draft = next.draft?.id
  }
}
