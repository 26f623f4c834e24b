extension DraftWriter {
  /// `invoice INV-042` or `invoices INV-1, INV-2 and INV-3`.
  var invoiceNames: String {
    (unpaid.count == 1 ? "invoice " : "invoices ") + DraftWriter.andList(unpaid.map(\.number))
  }

  /// `invoice INV-042 to Acme Ltd`.
  var invoiceNamesToClient: String { invoiceNames + toClient }

  /// `has` for one invoice, `have` for several.
  var has: String { unpaid.count == 1 ? "has" : "have" }

  /// `has not been paid yet`, or `has not yet been paid in full` when part was paid.
  var notYetPaid: String {
    unpaid.contains(where: \.isPartlyPaid)
      ? "\(has) not yet been paid in full" : "\(has) not been paid yet"
  }

  /// The balance formatted: `£1,200.00`.
  var balance: String { facts.balance.formatted }

  /// The invoices with their amounts: `invoice INV-042 to Acme Ltd (£1,200.00,
  /// due on Thursday 1 October 2026)`, or for several `invoices INV-1 and
  /// INV-2 to Acme Ltd (£1,800.00 in total)`.
  func invoiceReference(short: Bool) -> String {
    guard unpaid.count == 1 else { return "\(invoiceNamesToClient) (\(balance) in total)" }
    let invoice = unpaid[0]
    let due = short ? "due \(shortDate(invoice.due))" : "due on \(words(invoice.due))"
    return "\(invoiceNamesToClient) (\(DraftWriter.owed(invoice)), \(due))"
  }

  /// `£1,200.00`, or `£700.00 of £1,200.00 unpaid` for a part-paid invoice.
  static func owed(_ invoice: DraftInvoice) -> String {
    invoice.isPartlyPaid
      ? "\(invoice.outstanding.formatted) of \(invoice.amount.formatted) unpaid"
      : invoice.outstanding.formatted
  }

  /// One line per unpaid invoice and the total, for an email about several
  /// invoices; nil for one (the reference says it all).
  var invoiceLines: String? {
    guard unpaid.count > 1 else { return nil }
    let lines = unpaid.map { "- \($0.number), due \(words($0.due)): \(DraftWriter.owed($0))" }
    return (lines + ["Total unpaid: \(balance)"]).joined(separator: "\n")
  }

  /// Every unpaid invoice with its issue and due days, and the total: the
  /// statement a letter before claim sets out.
  var statementLines: String {
    let lines = unpaid.map {
      "- Invoice \($0.number), issued \(words($0.issued)), due \(words($0.due)): "
        + DraftWriter.owed($0)
    }
    return (lines + ["Total unpaid: \(balance)"]).joined(separator: "\n")
  }

  /// `is now 45 days overdue`, `are unpaid, the oldest now 45 days overdue`,
  /// or `has not been paid yet` when nothing is past due.
  var standing: String {
    let overdue = facts.daysOverdue
    guard overdue > 0 else { return "\(has) not been paid yet" }
    let days = DraftWriter.days(overdue)
    return unpaid.count == 1
      ? "is now \(days) overdue" : "are unpaid, the oldest now \(days) overdue"
  }
}
