import ParleyKit

/// An invoice with what is still owed on it, in every JSON output that
/// shows one (`show --json`, `export --json`).
struct InvoiceJSON: Encodable {
  let seq: Int
  let number: String
  let amount: Money
  let paid: Money
  let outstanding: Money
  let issued: Day
  let due: Day
  let daysOverdue: Int
  let settled: Bool

  init(_ invoice: InvoiceStatus, today: Day) {
    seq = invoice.seq
    number = invoice.invoice.number
    amount = invoice.invoice.amount
    paid = invoice.paid
    outstanding = invoice.outstanding
    issued = invoice.invoice.issued
    due = invoice.invoice.due
    daysOverdue = invoice.daysOverdue(today: today)
    settled = invoice.isSettled
  }
}
