extension CaseEvent {
  /// The texts a search looks in, with what each is: names, invoice
  /// numbers, summaries, full texts, notes, disputes, details and reasons.
  public var searchableTexts: [(field: SearchField, text: String)] {
    let texts: [(SearchField, String?)]
    switch self {
    case .caseOpened(let opened): texts = [(.client, opened.client), (.contact, opened.contact)]
    case .invoiceAdded(let invoice): texts = [(.invoice, invoice.number)]
    case .contactLogged(let contact):
      texts = [(.summary, contact.summary), (.message, contact.fullText)]
    case .paymentReceived(let payment): texts = [(.invoice, payment.invoice)]
    case .note(let note): texts = [(.note, note.text)]
    case .void(let void): texts = [(.reason, void.reason)]
    case .cashFlowNoted(let noted): texts = [(.cashFlow, noted.answers.theirs.reason)]
    case .planProposed, .planAgreed, .promiseNoted: texts = []
    case .planRevised(let revised): texts = [(.reason, revised.reason)]
    case .planCancelled(let cancelled): texts = [(.reason, cancelled.reason)]
    case .escalationRecorded(let escalation):
      texts = [
        (.details, escalation.details), (.details, escalation.to),
        (.details, escalation.reference),
      ]
    case .guardOverridden(let override): texts = [(.reason, override.reason)]
    case .disputeNoted(let dispute):
      texts = [(.dispute, dispute.about), (.invoice, dispute.invoice)]
    case .caseClosed(let closed): texts = [(.reason, closed.reason)]
    case .caseReopened(let reopened): texts = [(.reason, reopened.reason)]
    case .clientRenamed(let renamed): texts = [(.client, renamed.to), (.client, renamed.from)]
    case .caseRenamed(let renamed): texts = [(.caseID, renamed.to), (.caseID, renamed.from)]
    case .entryCorrected(let correction):
      let changes = correction.changes
      texts = [
        (.invoice, changes.invoice), (.summary, changes.summary), (.note, changes.text),
        (.dispute, changes.about), (.details, changes.details), (.details, changes.to),
        (.details, changes.reference), (.reason, correction.reason),
      ]
    }
    return texts.compactMap { field, text in
      guard let text, !text.isEmpty else { return nil }
      return (field, text)
    }
  }

  /// The day the event is about, when it has one: a contact's, a payment's,
  /// an invoice's issue, a promise's or dispute's making, a closing's.
  public var eventDay: Day? {
    switch self {
    case .invoiceAdded(let invoice): invoice.issued
    case .contactLogged(let contact): contact.on
    case .paymentReceived(let payment): payment.on
    case .promiseNoted(let promise): promise.on
    case .disputeNoted(let dispute): dispute.on
    case .escalationRecorded(let escalation): escalation.on
    case .planAgreed(let agreed): agreed.on
    case .planRevised(let revised): revised.on
    case .planCancelled(let cancelled): cancelled.on
    case .caseClosed(let closed): closed.on
    case .caseReopened(let reopened): reopened.on
    default: nil
    }
  }
}
