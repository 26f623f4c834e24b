@testable import ParleyKit

/// What a case says, as the fold reads it: everything but the journal's own
/// list of entries, so two journals can be compared by what they mean.
struct CaseReading: Equatable {
  var client: String
  var invoices: [InvoiceStatus]
  var payments: [CaseEvent.PaymentReceived]
  var contacts: [LoggedContact]
  var notes: [RecordedEvent]
  var balance: Money
  var credit: Money
  var promises: [Recorded<CaseEvent.PromiseNoted>]
  var disputes: [Recorded<CaseEvent.DisputeNoted>]
  var escalations: [Recorded<CaseEvent.EscalationRecorded>]
  var closure: CaseClosure?

  init(_ state: CaseState) {
    client = state.opened.client
    invoices = state.invoices
    payments = state.payments
    contacts = state.contacts
    notes = state.notes
    balance = state.balance
    credit = state.unallocated
    promises = state.promises
    disputes = state.disputes
    escalations = state.escalations
    closure = state.closure
  }
}

/// Folds `events` as a journal numbered from 1.
func fold(_ events: [CaseEvent]) throws -> CaseState {
  try CaseState(
    events: events.enumerated().map {
      RecordedEvent(seq: $0 + 1, recordedAt: noon("2027-01-01"), event: $1)
    })
}
