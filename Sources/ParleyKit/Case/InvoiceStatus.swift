/// One invoice in a case, with what has been paid against it.
public struct InvoiceStatus: Hashable, Sendable {
  /// The journal entry that added it.
  public let seq: Int
  /// The invoice as added.
  public let invoice: CaseEvent.InvoiceAdded
  /// The part of the payments allocated to this invoice.
  public internal(set) var paid: Money

  /// What is still owed on this invoice.
  public var outstanding: Money {
    Money(minorUnits: invoice.amount.minorUnits - paid.minorUnits, currency: paid.currency)
  }

  /// Whether nothing is left to pay.
  public var isSettled: Bool { outstanding.minorUnits <= 0 }

  /// Days past the due date on `today` while something is owed; 0 when not overdue.
  public func daysOverdue(today: Day) -> Int {
    isSettled ? 0 : max(0, today.days(since: invoice.due))
  }
}
