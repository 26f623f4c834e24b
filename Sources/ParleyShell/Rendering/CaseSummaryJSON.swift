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

  init(id: String, state: CaseState, today: Day) {
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
  }
}

/// A contact in JSON output.
struct ContactJSON: Encodable {
  let seq: Int
  let on: Day
  let channel: String
  let direction: String
  let summary: String
  let fullText: String?
  let recordedAt: String

  init(_ logged: LoggedContact) {
    seq = logged.seq
    on = logged.contact.on
    channel = logged.contact.channel.rawValue
    direction = logged.contact.direction.rawValue
    summary = logged.contact.summary
    fullText = logged.contact.fullText
    recordedAt = logged.recordedAt.isoUTC
  }
}
