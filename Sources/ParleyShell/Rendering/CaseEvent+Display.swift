import ParleyKit

extension CaseEvent {
  /// One line describing the event for `show --all`, `undo` and `void`.
  var displayLine: String {
    switch self {
    case .caseOpened(let opened):
      return "case opened for \(opened.client) (\(opened.debtorKind.words), "
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
    case .cashFlowNoted(let noted):
      let fields = noted.answers.knownFields.count + noted.unknown.count
      return "cash flow noted (\(fields) \(fields == 1 ? "answer" : "answers"))"
    case .planProposed(let proposed):
      return "\(proposed.options.count) plan options proposed for \(proposed.balance.formatted)"
    case .planAgreed(let agreed):
      return "\(agreed.id) agreed: \(agreed.schedule.scheduleLine)"
    case .planRevised(let revised):
      return "\(revised.id) revised: \(revised.schedule.scheduleLine) (\(revised.reason))"
    case .planCancelled(let cancelled):
      return "\(cancelled.id) cancelled: \(cancelled.reason)"
    case .escalationRecorded(let escalation):
      let details = escalation.details.isEmpty ? "" : ": \(escalation.details.firstLine)"
      return "\(escalation.step.rawValue) on \(escalation.on.short)\(details)"
    case .guardOverridden(let override):
      return "went past \(override.warnings.joined(separator: ", ")) for \(override.step): "
        + override.reason.firstLine
    case .disputeNoted(let dispute):
      let amount = dispute.amount.map { " (\($0.formatted))" } ?? ""
      return "dispute noted on \(dispute.on.short)\(amount): \(dispute.about.firstLine)"
    case .promiseNoted(let promise):
      let amount = promise.amount.map { "\($0.formatted)" } ?? "the balance"
      return "promised \(amount) by \(promise.by.short) (on \(promise.on.short))"
    case .caseClosed(let closed):
      return "case closed on \(closed.on.short)" + (closed.reason.map { ": \($0.firstLine)" } ?? "")
    case .caseReopened(let reopened):
      return "case reopened on \(reopened.on.short)"
        + (reopened.reason.map { ": \($0.firstLine)" } ?? "")
    case .clientRenamed(let renamed):
      return "client's name changed from \(renamed.from) to \(renamed.to)"
    case .caseRenamed(let renamed):
      return "case id changed from \(renamed.from) to \(renamed.to)"
    case .entryCorrected(let correction):
      let reason = correction.reason.map { " (\($0.firstLine))" } ?? ""
      return "correction of entry \(correction.target): \(correction.changes.displayWords)\(reason)"
    }
  }
}

extension InstallmentSchedule {
  /// `3 installments, £1,000.00 in all, finishing 1 Mar 2027`.
  var scheduleLine: String {
    let count = installments.count
    return "\(count) \(count == 1 ? "installment" : "installments"), \(total.formatted) in all, "
      + "finishing \(finish.short)"
  }
}

extension String {
  /// The first line, with an ellipsis when more follows.
  var firstLine: String {
    // By bytes: a Character search segments every grapheme, and "\r\n" is one Character.
    guard let newline = utf8.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
    return String(self[..<newline]) + " …"
  }
}
