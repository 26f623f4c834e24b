import ParleyKit

/// A whole case in `show --json`.
struct CaseDetailJSON: Encodable {
  struct Invoice: Encodable {
    let seq: Int
    let number: String
    let amount: Money
    let paid: Money
    let outstanding: Money
    let issued: Day
    let due: Day
    let daysOverdue: Int
  }

  struct Payment: Encodable {
    let amount: Money
    let on: Day
    let invoice: String?
  }

  struct Entry: Encodable {
    let seq: Int
    let recordedAt: String
    let timeZone: String
    let type: String
    let description: String
    let voided: Bool
    /// The correction that supersedes this entry, if one does.
    @Nullable var supersededBy: Int?
  }

  let id: String
  let client: String
  let contact: String?
  let debtorKind: String
  let jurisdiction: String
  let currency: String
  let invoiced: Money
  let paid: Money
  let balance: Money
  let credit: Money
  let daysOverdue: Int
  let invoices: [Invoice]
  let payments: [Payment]
  let contacts: [ContactJSON]
  let notes: [String]
  let entries: [Entry]
  /// `open` or `closed`.
  let status: String
  /// When and why it was closed, while it is.
  @Nullable var closed: ClosureJSON?

  init(id: String, state: CaseState, today: Day) {
    self.id = id
    client = state.opened.client
    contact = state.opened.contact
    debtorKind = state.opened.debtorKind.rawValue
    jurisdiction = state.opened.jurisdiction
    currency = state.currency.code
    invoiced = state.totalInvoiced
    paid = state.totalPaid
    balance = state.balance
    credit = state.unallocated
    daysOverdue = state.daysOverdue(today: today)
    invoices = state.invoices.map {
      Invoice(
        seq: $0.seq, number: $0.invoice.number, amount: $0.invoice.amount, paid: $0.paid,
        outstanding: $0.outstanding, issued: $0.invoice.issued, due: $0.invoice.due,
        daysOverdue: $0.daysOverdue(today: today))
    }
    payments = state.payments.map { Payment(amount: $0.amount, on: $0.on, invoice: $0.invoice) }
    contacts = state.contacts.map(ContactJSON.init)
    notes = state.notes.compactMap {
      if case .note(let note) = $0.event { return note.text }
      return nil
    }
    let voidedSeqs = Set(state.voided.map(\.target.seq))
    entries = state.entries.map {
      Entry(
        seq: $0.seq, recordedAt: $0.recordedAt.isoUTC, timeZone: $0.recordedAt.timeZoneID,
        type: $0.event.typeName, description: $0.event.displayLine,
        voided: voidedSeqs.contains($0.seq), supersededBy: state.supersedingEntry(of: $0.seq))
    }
    status = state.isClosed ? "closed" : "open"
    closed = state.closure.map(ClosureJSON.init)
  }
}
