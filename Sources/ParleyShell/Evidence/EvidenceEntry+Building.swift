import ParleyKit

extension EvidenceEntry {
  /// The entry for `recorded`, whose journal line hashes to `hash`, marked
  /// with `voided` when a later entry cancelled it and with `supersededBy`
  /// when a later correction superseded it; a correction lists each field's
  /// new value beside the value it had before (`correctedFrom`), when known.
  ///
  /// The day, amount, channel and direction are read from the event's data as
  /// the journal writes it, whatever its kind; the summary is the event's
  /// ``CaseEvent/evidenceLine``. Kinds this file knows get their facts in
  /// words; any other kind lists every field of its data as a detail.
  init(
    _ recorded: RecordedEvent, hash: String? = nil, voided: EvidenceVoid?,
    supersededBy: Int? = nil, correctedFrom: CaseEvent? = nil
  ) {
    let event = recorded.event
    let fields = EventFields(event)
    seq = recorded.seq
    self.hash = hash
    recordedAt = recorded.recordedAt
    type = event.typeName
    title = event.evidenceTitle
    section = EvidenceSection(eventType: type)
    on = fields.day("on")
    channel = fields.string("channel")
    direction = fields.string("direction")
    amount = fields.money("amount")
    void = voided
    self.supersededBy = supersededBy
    line = event.evidenceLine
    if case .contactLogged(let contact) = event {
      summary = contact.summary
      fullText = contact.fullText
    } else if case .note(let note) = event {
      summary = note.text.firstLine
      fullText = note.text
    } else {
      summary = event.evidenceLine
      fullText = nil
    }
    if case .entryCorrected(let correction) = event {
      details = Self.correctionDetails(correction, before: correctedFrom)
    } else if case .contactLogged(let contact) = event, let mail = contact.mail {
      details = Self.mailDetails(mail, importedAt: recorded.recordedAt)
    } else {
      details = Self.details(of: event, fields: fields)
    }
  }

  /// A correction's facts: the entry it corrects, each field's new value
  /// (with the one before, when known), and the reason.
  private static func correctionDetails(
    _ correction: CaseEvent.EntryCorrected, before: CaseEvent?
  ) -> [EvidenceDetail] {
    var details = [EvidenceDetail(label: "corrects entry", value: String(correction.target))]
    for field in correction.changes.fields {
      guard let value = correction.changes.value(of: field) else { continue }
      let was = before.flatMap { EntryChanges.value(of: field, in: $0) }
      details.append(
        EvidenceDetail(
          label: field.rawValue,
          value: value.evidenceWords + (was.map { " (was \($0.evidenceWords))" } ?? "")))
    }
    if let reason = correction.reason {
      details.append(EvidenceDetail(label: "reason", value: reason))
    }
    return details
  }

  /// The facts worth listing beside the summary.
  private static func details(of event: CaseEvent, fields: EventFields) -> [EvidenceDetail] {
    if case .invoiceAdded(let invoice) = event {
      return [
        EvidenceDetail(label: "invoice", value: invoice.number),
        EvidenceDetail(label: "issued", value: invoice.issued.isoAndWords),
        EvidenceDetail(label: "due", value: invoice.due.isoAndWords),
      ]
    }
    if case .paymentReceived(let payment) = event {
      return payment.invoice.map { [EvidenceDetail(label: "for invoice", value: $0)] } ?? []
    }
    if case .void(let void) = event {
      return [
        EvidenceDetail(label: "voids entry", value: String(void.target)),
        EvidenceDetail(label: "reason", value: void.reason),
      ]
    }
    if case .cashFlowNoted(let noted) = event { return cashFlowDetails(noted) }
    if case .planProposed(let proposed) = event {
      return [EvidenceDetail(label: "for a balance of", value: proposed.balance.formatted)]
        + proposed.options.enumerated().map { index, option in
          EvidenceDetail(
            label: "option \(index + 1)",
            value: "\(option.kind.title): \(option.schedule.summary)")
        }
    }
    if case .planAgreed(let agreed) = event {
      var details = [
        EvidenceDetail(label: "plan", value: agreed.id),
        EvidenceDetail(label: "schedule", value: agreed.schedule.summary),
      ]
      if let charges = agreed.lateCharges {
        details.append(EvidenceDetail(label: "late charges", value: charges.evidenceWords))
      }
      return details
    }
    if case .planRevised(let revised) = event {
      return [
        EvidenceDetail(label: "plan", value: revised.id),
        EvidenceDetail(label: "new schedule", value: revised.schedule.summary),
        EvidenceDetail(label: "reason", value: revised.reason),
      ]
    }
    if case .planCancelled(let cancelled) = event {
      return [
        EvidenceDetail(label: "plan", value: cancelled.id),
        EvidenceDetail(label: "reason", value: cancelled.reason),
      ]
    }
    if case .escalationRecorded(let escalation) = event {
      // The step is the entry's title; an empty details field says nothing.
      let facts: [(String, String?)] = [
        ("details", escalation.details.isEmpty ? nil : escalation.details),
        ("to", escalation.to), ("reference", escalation.reference),
      ]
      return facts.compactMap { label, value in
        value.map { EvidenceDetail(label: label, value: $0) }
      }
    }
    if case .promiseNoted(let promise) = event {
      return [EvidenceDetail(label: "promised by", value: promise.by.isoAndWords)]
    }
    if case .disputeNoted(let dispute) = event {
      return [EvidenceDetail(label: "about", value: dispute.about)]
        + (dispute.invoice.map { [EvidenceDetail(label: "invoice", value: $0)] } ?? [])
    }
    if case .caseClosed(let closed) = event {
      return closed.reason.map { [EvidenceDetail(label: "reason", value: $0)] } ?? []
    }
    if case .caseReopened(let reopened) = event {
      return reopened.reason.map { [EvidenceDetail(label: "reason", value: $0)] } ?? []
    }
    if case .clientRenamed(let renamed) = event {
      return [
        EvidenceDetail(label: "earlier name", value: renamed.from),
        EvidenceDetail(label: "new name", value: renamed.to),
      ]
    }
    if case .caseRenamed(let renamed) = event {
      return [
        EvidenceDetail(label: "earlier case id", value: renamed.from),
        EvidenceDetail(label: "new case id", value: renamed.to),
      ]
    }
    if case .caseOpened = event { return [] }
    if case .contactLogged = event { return [] }
    if case .note = event { return [] }
    // A kind this file does not know: every field but those shown in columns.
    let shown: Set<String> = ["on", "channel", "direction", "amount"]
    return fields.keys.filter { !shown.contains($0) }.compactMap { key in
      fields.text(key).map { EvidenceDetail(label: key.spacedWords, value: $0) }
    }
  }

  /// The answers of a cash-flow note, in the order `cashflow` asks them.
  private static func cashFlowDetails(_ noted: CaseEvent.CashFlowNoted) -> [EvidenceDetail] {
    let mine = noted.answers.mine
    let theirs = noted.answers.theirs
    let answers: [(String, String?)] = [
      ("you need", mine.need?.formatted),
      ("by", mine.needBy?.isoAndWords),
      ("you can wait for the rest until", mine.restBy?.isoAndWords),
      ("keep the client", mine.keepClient.map { $0 ? "yes" : "no" }),
      ("the least you would accept now", mine.walkAway?.formatted),
      ("they can pay", theirs.capacity?.phrase),
      ("from", theirs.capacityFrom?.isoAndWords),
      ("lump sum now", theirs.lumpSum?.formatted),
      ("their reason", theirs.reason),
      ("things improve on", theirs.improvesOn?.isoAndWords),
    ]
    var details = answers.compactMap { label, value in
      value.map { EvidenceDetail(label: label, value: $0) }
    }
    if !noted.unknown.isEmpty {
      details.append(
        EvidenceDetail(
          label: "don't know", value: noted.unknown.map(\.phrase).joined(separator: "; ")))
    }
    return details
  }
}
