/// One invoice as a draft mentions it: its number, amounts and dates.
public struct DraftInvoice: Hashable, Sendable {
  /// The invoice number as printed on it (`INV-042`).
  public var number: String
  /// The invoice total.
  public var amount: Money
  /// The day it was issued.
  public var issued: Day
  /// The day payment was due.
  public var due: Day
  /// What is still owed on it.
  public var outstanding: Money

  /// Creates an invoice for a draft.
  public init(number: String, amount: Money, issued: Day, due: Day, outstanding: Money) {
    self.number = number
    self.amount = amount
    self.issued = issued
    self.due = due
    self.outstanding = outstanding
  }

  /// The invoice as it stands in a case.
  public init(_ status: InvoiceStatus) {
    self.init(
      number: status.invoice.number.trimmed, amount: status.invoice.amount,
      issued: status.invoice.issued, due: status.invoice.due, outstanding: status.outstanding)
  }

  /// Whether something is still owed on it.
  public var isUnpaid: Bool { outstanding.minorUnits > 0 }

  /// Whether part of it has been paid, and part is still owed.
  public var isPartlyPaid: Bool { isUnpaid && outstanding.minorUnits < amount.minorUnits }
}
