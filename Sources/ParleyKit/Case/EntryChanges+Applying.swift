extension EntryChanges {
  /// `event` with these changes made; nil when a field changed is not one
  /// `event`'s kind has (see ``EntryField/correctable(in:)``).
  public func applied(to event: CaseEvent) -> CaseEvent? {
    let allowed = Set(EntryField.correctable(in: event))
    guard fields.allSatisfy(allowed.contains) else { return nil }
    switch event {
    case .invoiceAdded(var invoice):
      invoice.amount = amount ?? invoice.amount
      invoice.issued = issued ?? invoice.issued
      invoice.due = due ?? invoice.due
      return .invoiceAdded(invoice)
    case .paymentReceived(var payment):
      payment.amount = amount ?? payment.amount
      payment.on = on ?? payment.on
      payment.invoice = invoice ?? payment.invoice
      return .paymentReceived(payment)
    case .contactLogged(var contact):
      contact.on = on ?? contact.on
      contact.summary = summary ?? contact.summary
      contact.channel = channel ?? contact.channel
      contact.direction = direction ?? contact.direction
      return .contactLogged(contact)
    case .note(var note):
      note.text = text ?? note.text
      return .note(note)
    case .promiseNoted(var promise):
      promise.amount = amount ?? promise.amount
      promise.on = on ?? promise.on
      promise.by = by ?? promise.by
      return .promiseNoted(promise)
    case .disputeNoted(var dispute):
      dispute.amount = amount ?? dispute.amount
      dispute.on = on ?? dispute.on
      dispute.invoice = invoice ?? dispute.invoice
      dispute.about = about ?? dispute.about
      return .disputeNoted(dispute)
    case .escalationRecorded(var escalation):
      escalation.amount = amount ?? escalation.amount
      escalation.on = on ?? escalation.on
      escalation.details = details ?? escalation.details
      escalation.to = to ?? escalation.to
      escalation.reference = reference ?? escalation.reference
      return .escalationRecorded(escalation)
    default:
      return nil
    }
  }

  /// These changes without the fields whose new value `event` already has:
  /// what a correction of `event` would really change.
  public func differing(from event: CaseEvent) -> EntryChanges {
    var kept = self
    for field in fields where Self.value(of: field, in: event) == value(of: field) {
      kept.clear(field)
    }
    return kept
  }

  /// Takes `field` out of the changes.
  public mutating func clear(_ field: EntryField) {
    switch field {
    case .amount: amount = nil
    case .on: on = nil
    case .invoice: invoice = nil
    case .summary: summary = nil
    case .channel: channel = nil
    case .direction: direction = nil
    case .text: text = nil
    case .issued: issued = nil
    case .due: due = nil
    case .by: by = nil
    case .about: about = nil
    case .details: details = nil
    case .to: to = nil
    case .reference: reference = nil
    }
  }
}
