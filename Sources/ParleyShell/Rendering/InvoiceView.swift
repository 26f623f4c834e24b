import ParleyKit

/// The one view of a case's invoices with what is still owed on each: the
/// same columns, in the same order, in `show`, `prep` and the evidence export
/// (plain text, Markdown and HTML), each laying them out in its own form.
enum InvoiceView {
  /// A column of the view.
  enum Column: CaseIterable {
    case number, amount, issued, due, paid, outstanding, standing

    /// The heading, as a table writes it (`Outstanding`).
    var heading: String {
      switch self {
      case .number: "Invoice"
      case .amount: "Amount"
      case .issued: "Issued"
      case .due: "Due"
      case .paid: "Paid"
      case .outstanding: "Outstanding"
      case .standing: "Status"
      }
    }

    /// Whether the column holds amounts, aligned on the right.
    var isAmount: Bool { [.amount, .paid, .outstanding].contains(self) }
  }

  /// The text of `column` for `invoice` on `today`, with days written by `day`.
  static func cell(
    _ column: Column, of invoice: InvoiceStatus, today: Day, day: (Day) -> String
  ) -> String {
    switch column {
    case .number: invoice.invoice.number
    case .amount: invoice.invoice.amount.formatted
    case .issued: day(invoice.invoice.issued)
    case .due: day(invoice.invoice.due)
    case .paid: invoice.paid.formatted
    case .outstanding: invoice.outstanding.formatted
    case .standing: standing(of: invoice, today: today)
    }
  }

  /// Where the invoice stands: `paid`, `12 days overdue`, `due 1 Oct 2026`.
  static func standing(of invoice: InvoiceStatus, today: Day) -> String {
    if invoice.isSettled { return "paid" }
    let days = invoice.daysOverdue(today: today)
    if days > 0 { return days == 1 ? "1 day overdue" : "\(days) days overdue" }
    return "due \(invoice.invoice.due.short)"
  }

  /// The invoices as a terminal table: the least needed columns go first on
  /// a narrow terminal.
  static func table(_ invoices: [InvoiceStatus], today: Day) -> TextTable {
    let importance: [Column: Int] = [.issued: 1, .paid: 2, .amount: 3]
    var table = TextTable(
      Column.allCases.map {
        TextTable.Column(
          $0.heading.uppercased(), $0.isAmount ? .right : .left, wraps: $0 == .number,
          importance: importance[$0])
      })
    for invoice in invoices {
      table.append(Column.allCases.map { cell($0, of: invoice, today: today, day: \.short) })
    }
    return table
  }
}
