/// What a case looks like now: the fold of its journal's events.
///
/// Voided events are set aside, so the state reads as if they never happened,
/// while ``voided`` keeps them for the record.
public struct CaseState: Hashable, Sendable {
  /// The case as opened: client, kind, jurisdiction, currency.
  public internal(set) var opened: CaseEvent.CaseOpened
  /// The currency every amount in the case is in.
  public let currency: Currency
  /// Invoices in the order they were added, with payments allocated.
  public internal(set) var invoices: [InvoiceStatus] = []
  /// Payments in the order they were recorded.
  public internal(set) var payments: [CaseEvent.PaymentReceived] = []
  /// Contacts in the order they happened (then as recorded).
  public internal(set) var contacts: [LoggedContact] = []
  /// Notes with their entries.
  public internal(set) var notes: [RecordedEvent] = []
  /// Entries cancelled by `void`, with the reason.
  public internal(set) var voided: [VoidedEntry] = []
  /// Every entry, voided or not, in journal order.
  public internal(set) var entries: [RecordedEvent] = []
  /// Payments beyond everything invoiced (a credit to the client).
  public internal(set) var unallocated: Money
  /// Cash-flow facts, proposals and plans; see `CaseState+Plans.swift`.
  var planning = CasePlanning()

  /// The sum of all invoices.
  public var totalInvoiced: Money {
    Money(minorUnits: invoices.map(\.invoice.amount.minorUnits).saturatingSum, currency: currency)
  }

  /// The sum of all payments.
  public var totalPaid: Money {
    Money(minorUnits: payments.map(\.amount.minorUnits).saturatingSum, currency: currency)
  }

  /// What the client still owes (never negative; see ``unallocated`` for a credit).
  public var balance: Money {
    Money(
      minorUnits: invoices.map { max(0, $0.outstanding.minorUnits) }.saturatingSum,
      currency: currency)
  }

  /// The most recent contact, by the day it happened.
  public var lastContact: LoggedContact? { contacts.last }

  /// Days the oldest unpaid invoice is past due on `today`; 0 when nothing is overdue.
  public func daysOverdue(today: Day) -> Int {
    invoices.map { $0.daysOverdue(today: today) }.max() ?? 0
  }

  /// The sequence number of the last entry.
  public var lastSeq: Int { entries.last?.seq ?? 0 }
}

extension [Int64] {
  /// The sum, clamped at Int64's bounds: a hand-edited journal must not crash the fold.
  var saturatingSum: Int64 {
    reduce(0) { total, value in
      let (sum, overflow) = total.addingReportingOverflow(value)
      return overflow ? (value > 0 ? .max : .min) : sum
    }
  }
}
