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
  /// Always null here; a journal that cannot be read says why instead.
  let damaged: String? = nil

  private enum CodingKeys: String, CodingKey {
    case caseID = "case_id"
    case client, debtorKind, jurisdiction, balance, daysOverdue, lastContact, contactCount, plan
    case damaged
  }

  init(id: String, state: CaseState, today: Day) {
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
  }
}

/// A contact in JSON output.
struct ContactJSON: Encodable {
  let seq: Int
  let on: Day
  let channel: ContactChannel
  let direction: ContactDirection
  let summary: String
  let fullText: String?
  let recordedAt: String

  init(_ logged: LoggedContact) {
    seq = logged.seq
    on = logged.contact.on
    channel = logged.contact.channel
    direction = logged.contact.direction
    summary = logged.contact.summary
    fullText = logged.contact.fullText
    recordedAt = logged.recordedAt.isoUTC
  }
}
