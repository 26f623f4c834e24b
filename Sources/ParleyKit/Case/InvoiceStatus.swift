/// One invoice in a case, with what has been paid against it.
public struct InvoiceStatus: Hashable, Sendable {
  /// The journal entry that added it.
  public let seq: Int
  /// The invoice as added.
  public let invoice: CaseEvent.InvoiceAdded
  /// The parts of payments allocated to this invoice, in the order they were made.
  public private(set) var shares: [PaymentShare] = []
  /// Their sum, kept as they are added: allocating a case's payments reads it
  /// once per payment, so summing the shares each time made folding quadratic.
  private var paidMinorUnits: Int64 = 0

  /// The part of the payments allocated to this invoice.
  public var paid: Money {
    Money(minorUnits: paidMinorUnits, currency: invoice.amount.currency)
  }

  /// An invoice with nothing paid on it yet.
  init(seq: Int, invoice: CaseEvent.InvoiceAdded) {
    self.seq = seq
    self.invoice = invoice
  }

  /// Allocates `share` of a payment to this invoice.
  mutating func add(_ share: PaymentShare) {
    shares.append(share)
    paidMinorUnits = [paidMinorUnits, share.amount.minorUnits].saturatingSum
  }

  /// What is still owed on this invoice.
  public var outstanding: Money {
    Money(
      minorUnits: invoice.amount.minorUnits - paid.minorUnits, currency: invoice.amount.currency)
  }

  /// Whether nothing is left to pay.
  public var isSettled: Bool { outstanding.minorUnits <= 0 }

  /// Days past the due date on `today` while something is owed; 0 when not overdue.
  public func daysOverdue(today: Day) -> Int {
    isSettled ? 0 : max(0, today.days(since: invoice.due))
  }
}
