import ParleyKit

/// One unpaid invoice in the evidence record's header.
struct EvidenceInvoice: Hashable, Sendable {
  /// The invoice number as printed on it.
  let number: String
  /// Its total.
  let amount: Money
  /// What has been paid toward it.
  let paid: Money
  /// What is still owed on it.
  let outstanding: Money
  /// The day it was issued.
  let issued: Day
  /// The day payment was due.
  let due: Day
}
