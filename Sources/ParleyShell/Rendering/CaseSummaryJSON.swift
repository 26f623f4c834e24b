import ParleyKit

/// One case in `cases --json`.
struct CaseSummaryJSON: Encodable {
  let caseID: String
  let client: String
  let debtorKind: DebtorKind
  let jurisdiction: String
  let balance: Money
  let daysOverdue: Int
  let lastContact: ContactJSON?
  let contactCount: Int
  let plan: PlanProgressJSON?
  /// `open` or `closed`.
  let status: String
  /// When and why it was closed, while it is.
  let closed: ClosureJSON?
  /// The next reasonable contact day, by the guard's pacing.
  let nextContactDay: Day?
  /// Always null here; a journal that cannot be read says why instead.
  let damaged: String? = nil

  private enum CodingKeys: String, CodingKey {
    case caseID = "case_id"
    case client, debtorKind, jurisdiction, balance, daysOverdue, lastContact, contactCount, plan
    case status, closed, nextContactDay, damaged
  }

  init(id: String, state: CaseState, today: Day, nextContact: Day? = nil) {
    caseID = id
    client = state.opened.client
    debtorKind = state.opened.debtorKind
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
