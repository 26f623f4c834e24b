import ParleyKit

/// One case in `cases --json`.
struct CaseSummaryJSON: Encodable {
  let id: String
  let client: String
  let debtorKind: String
  let jurisdiction: String
  let balance: Money
  let daysOverdue: Int
  let lastContact: ContactJSON?
  let contactCount: Int
  let plan: PlanProgressJSON?
  /// `open` or `closed`.
  let status: String
  /// When and why it was closed, while it is.
  @Nullable var closed: ClosureJSON?
  /// The next reasonable contact day, by the guard's pacing.
  @Nullable var nextContactDay: Day?

  init(id: String, state: CaseState, today: Day, nextContact: Day? = nil) {
    self.id = id
    client = state.opened.client
    debtorKind = state.opened.debtorKind.rawValue
    jurisdiction = state.opened.jurisdiction
    balance = state.balance
    daysOverdue = state.daysOverdue(today: today)
    lastContact = state.lastContact.map(ContactJSON.init)
    contactCount = state.contacts.count
    plan = state.activePlan.flatMap { active in
      state.planProgress(today: today).map { PlanProgressJSON(plan: active, progress: $0) }
    }
    status = state.isClosed ? "closed" : "open"
    closed = state.closure.map(ClosureJSON.init)
    nextContactDay = nextContact
  }
}
