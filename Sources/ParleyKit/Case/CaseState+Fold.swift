extension CaseState {
  /// Folds a case journal's events, in order, into the case's current state.
  ///
  /// - Throws: ``CaseError/notOpenedFirst`` when the first event does not open
  ///   the case, ``CaseError/unknownCurrency(_:)`` for a currency parley does not know.
  public init(events: [RecordedEvent]) throws(CaseError) {
    guard let first = events.first, case .caseOpened(let opened) = first.event else {
      throw .notOpenedFirst
    }
    guard let currency = Currency.named(opened.currency) else {
      throw .unknownCurrency(opened.currency)
    }
    self.opened = opened
    self.currency = currency
    self.paidBeyondInvoices = .zero(currency)
    self.entries = events

    var voidReasons: [Int: (seq: Int, reason: String)] = [:]
    for recorded in events {
      if case .void(let void) = recorded.event {
        voidReasons[void.target] = (recorded.seq, void.reason)
      }
    }
    // Corrections in force, by the entry they correct: neither voided.
    var corrected: [Int: [RecordedEvent]] = [:]
    for recorded in events where voidReasons[recorded.seq] == nil {
      if case .entryCorrected(let correction) = recorded.event,
        voidReasons[correction.target] == nil
      {
        corrected[correction.target, default: []].append(recorded)
      }
    }
    for recorded in events {
      if let void = voidReasons[recorded.seq] {
        voided.append(VoidedEntry(target: recorded, voidSeq: void.seq, reason: void.reason))
        continue
      }
      guard let found = corrected[recorded.seq], let entry = Self.correct(recorded, by: found)
      else {
        apply(recorded)
        continue
      }
      corrections[recorded.seq] = entry
      apply(RecordedEvent(seq: recorded.seq, recordedAt: recorded.recordedAt, event: entry.reading))
    }
    contacts.sort { ($0.contact.on, $0.seq) < ($1.contact.on, $1.seq) }
    allocatePayments()
  }

  /// Folds in `recorded`, the next entry, in place: the same state as folding
  /// every entry again, in time that does not grow with the case for the
  /// entries recorded most (notes, contacts, plans). A void, an invoice or a
  /// payment or a correction changes what came before, so those fold the
  /// whole case again.
  public mutating func append(_ recorded: RecordedEvent) throws(CaseError) {
    switch recorded.event {
    case .void, .invoiceAdded, .paymentReceived, .caseOpened, .entryCorrected:
      self = try CaseState(events: entries + [recorded])
    default:
      entries.append(recorded)
      apply(recorded)
      // Contacts stay in (day, seq) order, as the full fold sorts them.
      if case .contactLogged = recorded.event, let added = contacts.popLast() {
        let place =
          contacts.lastIndex { ($0.contact.on, $0.seq) <= (added.contact.on, added.seq) }
          .map { $0 + 1 } ?? 0
        contacts.insert(added, at: place)
      }
    }
  }

  private mutating func apply(_ recorded: RecordedEvent) {
    switch recorded.event {
    case .caseOpened(let opened):
      self.opened = opened
    case .invoiceAdded(let invoice):
      invoices.append(InvoiceStatus(seq: recorded.seq, invoice: invoice))
    case .contactLogged(let contact):
      contacts.append(
        LoggedContact(seq: recorded.seq, recordedAt: recorded.recordedAt, contact: contact))
    case .paymentReceived(let payment):
      payments.append(payment)
    case .note:
      notes.append(recorded)
    case .void:
      break
    case .cashFlowNoted, .planProposed, .planAgreed, .planRevised, .planCancelled:
      planning.apply(recorded)
    case .escalationRecorded, .guardOverridden, .disputeNoted, .promiseNoted:
      break  // read from the entries on demand; see CaseState+Escalation.swift
    case .caseClosed(let closed):
      closure = CaseClosure(seq: recorded.seq, on: closed.on, reason: closed.reason)
    case .caseReopened:
      closure = nil
    case .clientRenamed(let renamed):
      opened.client = renamed.to
    case .caseRenamed, .entryCorrected:
      break  // the id is the journal's name; corrections are folded into their entries
    }
  }

  /// `recorded` with `found` (its corrections in force, in journal order)
  /// applied one after another; nil when none applies (a correction of
  /// another kind of entry, written by hand). One that does not fit is skipped.
  private static func correct(_ recorded: RecordedEvent, by found: [RecordedEvent])
    -> CorrectedEntry?
  {
    var reading = recorded.event
    var steps: [CorrectionStep] = []
    for entry in found {
      guard case .entryCorrected(let correction) = entry.event,
        let after = correction.changes.applied(to: reading)
      else { continue }
      steps.append(
        CorrectionStep(
          seq: entry.seq, recordedAt: entry.recordedAt, correction: correction, before: reading,
          after: after))
      reading = after
    }
    return steps.isEmpty ? nil : CorrectedEntry(original: recorded, steps: steps)
  }

  /// Allocates payments: to the invoice a payment names first, then to the
  /// invoices with the earliest due dates; anything left is a credit.
  private mutating func allocatePayments() {
    let byDue = invoices.indices.sorted {
      (invoices[$0].invoice.due, invoices[$0].seq) < (invoices[$1].invoice.due, invoices[$1].seq)
    }
    var credit: Int64 = 0
    for payment in payments {
      var left = payment.amount.minorUnits
      if let number = payment.invoice,
        let index = invoices.firstIndex(where: { $0.invoice.number == number })
      {
        left = allocate(left, of: payment, to: index)
      }
      for index in byDue where left > 0 {
        left = allocate(left, of: payment, to: index)
      }
      credit = [credit, left].saturatingSum
    }
    paidBeyondInvoices = Money(minorUnits: credit, currency: currency)
  }

  /// Gives invoice `index` what it still owes out of `amount` left of `payment`;
  /// returns what is left after it.
  private mutating func allocate(
    _ amount: Int64, of payment: CaseEvent.PaymentReceived, to index: Int
  ) -> Int64 {
    let owed = max(0, invoices[index].outstanding.minorUnits)
    let share = min(owed, amount)
    if share > 0 {
      invoices[index].add(
        PaymentShare(amount: Money(minorUnits: share, currency: currency), on: payment.on))
    }
    return amount - share
  }
}
