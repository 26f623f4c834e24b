import ParleyKit

extension CaseEvent {
  /// One line describing the event for `show --all`, `undo` and `void`.
  var displayLine: String {
    switch self {
    case .caseOpened(let opened):
      return "case opened for \(opened.client) (\(opened.debtorKind.rawValue), "
        + "\(opened.jurisdiction), \(opened.currency))"
    case .invoiceAdded(let invoice):
      return "invoice \(invoice.number): \(invoice.amount.formatted), issued "
        + "\(invoice.issued.short), due \(invoice.due.short)"
    case .contactLogged(let contact):
      let arrow = contact.direction == .outbound ? "to client" : "from client"
      return "\(contact.channel.rawValue) \(arrow) on \(contact.on.short): \(contact.summary)"
    case .paymentReceived(let payment):
      let target = payment.invoice.map { " for \($0)" } ?? ""
      return "payment of \(payment.amount.formatted)\(target) on \(payment.on.short)"
    case .note(let note):
      return "note: \(note.text.firstLine)"
    case .void(let void):
      return "voided entry \(void.target): \(void.reason)"
    }
  }
}

extension String {
  /// The first line, with an ellipsis when more follows.
  var firstLine: String {
    guard let newline = firstIndex(of: "\n") else { return self }
    return String(self[..<newline]) + " …"
  }
}
