extension EntryChanges {
  /// A field's value, compared as a whole.
  public enum Value: Hashable, Sendable {
    case money(Money)
    case day(Day)
    case text(String)
    case channel(ContactChannel)
    case direction(ContactDirection)
  }

  /// The value `field` is given here, if it is.
  public func value(of field: EntryField) -> Value? {
    switch field {
    case .amount: amount.map(Value.money)
    case .on: on.map(Value.day)
    case .invoice: invoice.map(Value.text)
    case .summary: summary.map(Value.text)
    case .channel: channel.map(Value.channel)
    case .direction: direction.map(Value.direction)
    case .text: text.map(Value.text)
    case .issued: issued.map(Value.day)
    case .due: due.map(Value.day)
    case .by: by.map(Value.day)
    case .about: about.map(Value.text)
    case .details: details.map(Value.text)
    case .to: to.map(Value.text)
    case .reference: reference.map(Value.text)
    }
  }

  /// The value of `field` in `event`, nil when the event has none (an
  /// amount not given, a field of another kind).
  public static func value(of field: EntryField, in event: CaseEvent) -> Value? {
    switch (field, event) {
    case (.amount, .invoiceAdded(let invoice)): .money(invoice.amount)
    case (.issued, .invoiceAdded(let invoice)): .day(invoice.issued)
    case (.due, .invoiceAdded(let invoice)): .day(invoice.due)
    case (.amount, .paymentReceived(let payment)): .money(payment.amount)
    case (.on, .paymentReceived(let payment)): .day(payment.on)
    case (.invoice, .paymentReceived(let payment)): payment.invoice.map(Value.text)
    case (.on, .contactLogged(let contact)): .day(contact.on)
    case (.summary, .contactLogged(let contact)): .text(contact.summary)
    case (.channel, .contactLogged(let contact)): .channel(contact.channel)
    case (.direction, .contactLogged(let contact)): .direction(contact.direction)
    case (.text, .note(let note)): .text(note.text)
    case (.amount, .promiseNoted(let promise)): promise.amount.map(Value.money)
    case (.on, .promiseNoted(let promise)): .day(promise.on)
    case (.by, .promiseNoted(let promise)): .day(promise.by)
    case (.amount, .disputeNoted(let dispute)): dispute.amount.map(Value.money)
    case (.on, .disputeNoted(let dispute)): .day(dispute.on)
    case (.invoice, .disputeNoted(let dispute)): dispute.invoice.map(Value.text)
    case (.about, .disputeNoted(let dispute)): .text(dispute.about)
    case (.amount, .escalationRecorded(let escalation)): escalation.amount.map(Value.money)
    case (.on, .escalationRecorded(let escalation)): .day(escalation.on)
    case (.details, .escalationRecorded(let escalation)): .text(escalation.details)
    case (.to, .escalationRecorded(let escalation)): escalation.to.map(Value.text)
    case (.reference, .escalationRecorded(let escalation)): escalation.reference.map(Value.text)
    default: nil
    }
  }
}
