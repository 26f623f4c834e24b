import ParleyKit

/// A whole case in `show --json`: everything the text `show --all` shows.
struct CaseDetailJSON: Encodable {
  struct Payment: Encodable {
    let amount: Money
    let on: Day
    let invoice: String?
  }

  struct Dispute: Encodable {
    let seq: Int
    let on: Day
    let about: String
    let amount: Money?
    let invoice: String?
  }

  struct Promise: Encodable {
    let seq: Int
    let on: Day
    let by: Day
    let amount: Money?
  }

  struct Escalation: Encodable {
    let seq: Int
    let step: EscalationStep
    let on: Day
    let details: String
    let to: String?
    let reference: String?
    let amount: Money?
  }

  struct Note: Encodable {
    let seq: Int
    let text: String
  }

  struct Entry: Encodable {
    let seq: Int
    let recordedAt: String
    let timeZone: String
    let type: String
    let description: String
    let voided: Bool
    let voidReason: String?
    /// The correction that supersedes this entry, if one does.
    let supersededBy: Int?
  }

  let caseID: String
  let client: String
  let contact: String?
  let debtorKind: DebtorKind
  let jurisdiction: String
  let currency: String
  let invoiced: Money
  let paid: Money
  let balance: Money
  let credit: Money
  let daysOverdue: Int
  let invoices: [InvoiceJSON]
  let plan: PlanProgressJSON?
  let payments: [Payment]
  let contacts: [ContactJSON]
  let disputes: [Dispute]
  let promises: [Promise]
  let escalations: [Escalation]
  let notes: [Note]
  let entries: [Entry]
  /// `open` or `closed`.
  let status: String
  /// When and why it was closed, while it is.
  let closed: ClosureJSON?

  private enum CodingKeys: String, CodingKey {
    case caseID = "case_id"
    case client, contact, debtorKind, jurisdiction, currency, invoiced, paid, balance, credit
    case daysOverdue, invoices, plan, payments, contacts, disputes, promises, escalations, notes
    case entries, status, closed
  }

  init(id: String, state: CaseState, today: Day) {
    caseID = id
    client = state.opened.client
    contact = state.opened.contact
    debtorKind = state.opened.debtorKind
    jurisdiction = state.opened.jurisdiction
    currency = state.currency.code
    invoiced = state.totalInvoiced
    paid = state.totalPaid
    balance = state.balance
    credit = state.unallocated
    daysOverdue = state.daysOverdue(today: today)
    invoices = state.invoices.map { InvoiceJSON($0, today: today) }
    plan = state.activePlan.flatMap { active in
      state.planProgress(today: today).map { PlanProgressJSON(plan: active, progress: $0) }
    }
    payments = state.payments.map {
      Payment(amount: $0.amount, on: $0.on, invoice: $0.invoice)
    }
    contacts = state.contacts.map(ContactJSON.init)
    disputes = state.disputes.map {
      Dispute(
        seq: $0.seq, on: $0.value.on, about: $0.value.about, amount: $0.value.amount,
        invoice: $0.value.invoice)
    }
    promises = state.promises.map {
      Promise(seq: $0.seq, on: $0.value.on, by: $0.value.by, amount: $0.value.amount)
    }
    escalations = state.escalations.map {
      Escalation(
        seq: $0.seq, step: $0.value.step, on: $0.value.on, details: $0.value.details,
        to: $0.value.to, reference: $0.value.reference, amount: $0.value.amount)
    }
    notes = state.notes.compactMap {
      if case .note(let note) = $0.event { return Note(seq: $0.seq, text: note.text) }
      return nil
    }
    let voids = Dictionary(state.voided.map { ($0.target.seq, $0.reason) }) { first, _ in first }
    entries = state.entries.map {
      Entry(
        seq: $0.seq, recordedAt: $0.recordedAt.isoUTC, timeZone: $0.recordedAt.timeZoneID,
        type: $0.event.typeName.snakeCased, description: $0.event.displayLine,
        voided: voids[$0.seq] != nil, voidReason: voids[$0.seq],
        supersededBy: state.supersedingEntry(of: $0.seq))
    }
    status = state.isClosed ? "closed" : "open"
    closed = state.closure.map(ClosureJSON.init)
  }
}
