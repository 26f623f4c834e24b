extension CaseState {
  /// Checks a correction before it is written: the entry exists, is in force
  /// and is of a kind corrected field by field; the fields are its own; the
  /// correction changes something; and the entry as corrected is one that
  /// could have been recorded.
  func validateCorrection(_ correction: CaseEvent.EntryCorrected) throws(CaseError) {
    if let reason = correction.reason, reason.trimmed.isEmpty { throw .emptyText("the reason") }
    let seq = correction.target
    guard let target = entry(seq) else { throw .noSuchEntry(seq, last: lastSeq) }
    if case .entryCorrected(let earlier) = target.event {
      throw .correctingACorrection(seq, corrects: earlier.target)
    }
    guard !voided.contains(where: { $0.target.seq == seq }) else {
      throw .correctingAVoidedEntry(seq)
    }
    let kind = target.event.kindWords
    let fields = EntryField.correctable(in: target.event)
    guard !fields.isEmpty else { throw .notCorrectable(seq, kind: kind) }
    if let field = correction.changes.fields.first(where: { !fields.contains($0) }) {
      throw .noSuchField(field, entry: seq, kind: kind, fields: fields)
    }
    let current = reading(of: target)
    guard !correction.changes.differing(from: current).isEmpty,
      let corrected = correction.changes.applied(to: current)
    else { throw .nothingToCorrect(seq) }
    try validateReading(corrected, insteadOf: current)
  }

  /// Checks that `corrected` could stand where `current` stands in the case.
  private func validateReading(_ corrected: CaseEvent, insteadOf current: CaseEvent)
    throws(CaseError)
  {
    switch (corrected, current) {
    case (.invoiceAdded(let invoice), .invoiceAdded(let before)):
      try checkAmount(invoice.amount, what: "the invoice amount")
      guard invoice.due >= invoice.issued else {
        throw .dueBeforeIssued(number: invoice.number)
      }
      try checkTotal(
        adding: invoice.amount.minorUnits,
        to: totalInvoiced.minorUnits - before.amount.minorUnits)
    case (.paymentReceived(let payment), .paymentReceived(let before)):
      try checkAmount(payment.amount, what: "the payment")
      try checkInvoice(payment.invoice)
      try checkTotal(
        adding: payment.amount.minorUnits, to: totalPaid.minorUnits - before.amount.minorUnits)
    case (.contactLogged, _), (.note, _):
      _ = try Self.validateWithoutHistory(corrected)
    case (.promiseNoted(let promise), _):
      if let amount = promise.amount { try checkAmount(amount, what: "the amount promised") }
      guard promise.by >= promise.on else {
        throw .promisedBeforeMade(by: promise.by, on: promise.on)
      }
    case (.disputeNoted(let dispute), _):
      guard !dispute.about.trimmed.isEmpty else { throw .emptyText("what is disputed") }
      if let amount = dispute.amount { try checkAmount(amount, what: "the amount disputed") }
      try checkInvoice(dispute.invoice)
    case (.escalationRecorded(let escalation), _):
      if let amount = escalation.amount { try checkAmount(amount, what: "the amount") }
    default:
      return
    }
  }

  /// Checks that `number`, when given, names an invoice of the case.
  private func checkInvoice(_ number: String?) throws(CaseError) {
    guard let number, !invoices.contains(where: { $0.invoice.number == number }) else { return }
    throw .unknownInvoice(number, known: invoices.map(\.invoice.number))
  }
}
