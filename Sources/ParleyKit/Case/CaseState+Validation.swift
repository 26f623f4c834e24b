extension CaseState {
  /// The largest total a case may hold, so every sum stays exact in `Int64`.
  static let maximumTotalMinorUnits: Int64 = 1 << 53

  /// Checks that `event` may be appended to this case, before it is written.
  ///
  /// - Throws: the ``CaseError`` that says what is wrong and how to fix it.
  /// A closed case takes only its reopening.
  public func validate(_ event: CaseEvent) throws(CaseError) {
    if let closure {
      guard case .caseReopened = event else {
        if case .caseClosed = event { throw .alreadyClosed(on: closure.on) }
        throw .caseClosed(on: closure.on, reason: closure.reason)
      }
    }
    switch event {
    case .caseOpened:
      throw .alreadyOpened
    case .invoiceAdded(let invoice):
      try checkAmount(invoice.amount, what: "the invoice amount")
      let number = invoice.number.trimmed
      guard !number.isEmpty else { throw .emptyText("the invoice number") }
      guard !invoices.contains(where: { $0.invoice.number == number }) else {
        throw .duplicateInvoice(number)
      }
      guard invoice.due >= invoice.issued else { throw .dueBeforeIssued(number: number) }
      try checkTotal(adding: invoice.amount.minorUnits, to: totalInvoiced.minorUnits)
    case .paymentReceived(let payment):
      try checkAmount(payment.amount, what: "the payment")
      if let number = payment.invoice, !invoices.contains(where: { $0.invoice.number == number }) {
        throw .unknownInvoice(number, known: invoices.map(\.invoice.number))
      }
      try checkTotal(adding: payment.amount.minorUnits, to: totalPaid.minorUnits)
    case .contactLogged, .note:
      _ = try Self.validateWithoutHistory(event)
    case .void(let void):
      guard !void.reason.trimmed.isEmpty else { throw .emptyText("the reason") }
      guard let target = entries.first(where: { $0.seq == void.target }) else {
        throw .noSuchEntry(void.target, last: lastSeq)
      }
      guard !voided.contains(where: { $0.target.seq == void.target }) else {
        throw .alreadyVoided(void.target)
      }
      switch target.event {
      case .caseOpened: throw .cannotVoid(void.target, kind: "the case opening")
      case .void: throw .cannotVoid(void.target, kind: "a void; record the entry again instead")
      case .caseClosed:
        throw .cannotVoid(void.target, kind: "the case's closing; reopen the case instead")
      case .caseReopened:
        throw .cannotVoid(void.target, kind: "the case's reopening; close the case instead")
      case .caseRenamed:
        throw .cannotVoid(void.target, kind: "a change of case id; change it back instead")
      default: break
      }
    case .cashFlowNoted, .planProposed, .planAgreed, .planRevised, .planCancelled:
      try validatePlanning(event)
    case .escalationRecorded(let escalation):
      if let amount = escalation.amount { try checkAmount(amount, what: "the amount") }
    case .guardOverridden(let override):
      guard !override.reason.trimmed.isEmpty else { throw .emptyText("the reason") }
      guard !override.warnings.isEmpty else { throw .emptyText("the warnings overridden") }
    case .disputeNoted(let dispute):
      guard !dispute.about.trimmed.isEmpty else { throw .emptyText("what is disputed") }
      if let amount = dispute.amount { try checkAmount(amount, what: "the amount disputed") }
      if let number = dispute.invoice, !invoices.contains(where: { $0.invoice.number == number }) {
        throw .unknownInvoice(number, known: invoices.map(\.invoice.number))
      }
    case .promiseNoted(let promise):
      if let amount = promise.amount { try checkAmount(amount, what: "the amount promised") }
    case .caseClosed(let closed):
      if let reason = closed.reason, reason.trimmed.isEmpty { throw .emptyText("the reason") }
    case .caseReopened(let reopened):
      guard isClosed else { throw .notClosed }
      if let reason = reopened.reason, reason.trimmed.isEmpty { throw .emptyText("the reason") }
    case .clientRenamed(let renamed):
      let name = renamed.to.trimmed
      guard !name.isEmpty else { throw .emptyText("the client's new name") }
      guard renamed.from == opened.client else {
        throw .clientNameChanged(current: opened.client)
      }
      guard name != opened.client else { throw .sameClientName(opened.client) }
    case .caseRenamed(let renamed):
      guard !renamed.from.isEmpty, !renamed.to.isEmpty, renamed.from != renamed.to else {
        throw .badCaseRename
      }
    case .entryCorrected(let correction):
      try validateCorrection(correction)
    }
  }

  /// Checks `event` when nothing earlier in a case can make it wrong (a note,
  /// a contact), so it can be appended without reading the case; returns
  /// false, checking nothing, for every other kind.
  ///
  /// The one earlier fact that can still refuse it is a closing: the caller
  /// checks that the case is not closed (a closed case's journal ends with
  /// its closing, since nothing else may follow it).
  ///
  /// - Throws: the ``CaseError`` that says what is wrong and how to fix it.
  public static func validateWithoutHistory(_ event: CaseEvent) throws(CaseError) -> Bool {
    switch event {
    case .contactLogged(let contact):
      guard !contact.summary.trimmed.isEmpty else { throw .emptyText("the summary") }
      return true
    case .note(let note):
      guard !note.text.trimmed.isEmpty else { throw .emptyText("the note") }
      return true
    default:
      return false
    }
  }

  func checkAmount(_ amount: Money, what: String) throws(CaseError) {
    guard amount.currency == currency else {
      throw .currencyMismatch(expected: currency.code, got: amount.currency.code)
    }
    guard amount.minorUnits > 0 else { throw .nonPositiveAmount(what) }
  }

  func checkTotal(adding amount: Int64, to total: Int64) throws(CaseError) {
    guard amount <= Self.maximumTotalMinorUnits,
      total <= Self.maximumTotalMinorUnits - amount
    else { throw .totalTooLarge }
  }
}
