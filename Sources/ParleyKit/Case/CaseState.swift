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
  /// Entries with corrections in force, by their entry number; the case
  /// reads each as corrected (see ``reading(of:)``).
  public internal(set) var corrections: [Int: CorrectedEntry] = [:]
  /// How the case was closed, while it is closed; nil while it is open.
  public internal(set) var closure: CaseClosure?
  /// Every entry, voided or not, in journal order.
  public internal(set) var entries: [RecordedEvent] = []
  /// Payments beyond everything invoiced, before any agreed late charges.
  public internal(set) var paidBeyondInvoices: Money
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

  /// What the client still owes: unpaid invoices, plus late charges agreed
  /// as part of a plan and not yet paid (never negative; see ``unallocated``).
  public var balance: Money {
    let invoicesOwed = invoices.map { max(0, $0.outstanding.minorUnits) }.saturatingSum
    let chargesOwed = max(0, agreedCharges.minorUnits - paidBeyondInvoices.minorUnits)
    return Money(minorUnits: [invoicesOwed, chargesOwed].saturatingSum, currency: currency)
  }

  /// Late charges the client agreed to pay as part of a plan still in force.
  public var agreedCharges: Money {
    let amounts = plans.filter(\.isActive).compactMap { plan -> Int64? in
      guard let charges = plan.lateCharges, charges.treatment == .charged else { return nil }
      return charges.amount.minorUnits
    }
    return Money(minorUnits: amounts.saturatingSum, currency: currency)
  }

  /// Payments beyond everything owed, agreed charges included: a credit to the client.
  public var unallocated: Money {
    Money(
      minorUnits: max(0, paidBeyondInvoices.minorUnits - agreedCharges.minorUnits),
      currency: currency)
  }

  /// The most recent contact, by the day it happened.
  public var lastContact: LoggedContact? { contacts.last }

  /// Days the oldest unpaid invoice is past due on `today`; 0 when nothing is overdue.
  public func daysOverdue(today: Day) -> Int {
    invoices.map { $0.daysOverdue(today: today) }.max() ?? 0
  }

  /// Whether the case is closed: read-only until it is reopened.
  public var isClosed: Bool { closure != nil }

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
