import ParleyKit

extension EvidenceEntry {
  /// The entry for `recorded`, whose journal line hashes to `hash`, marked
  /// with `voided` when a later entry cancelled it.
  ///
  /// The day, amount, channel and direction are read from the event's data as
  /// the journal writes it, whatever its kind; the summary is the event's
  /// ``CaseEvent/evidenceLine``. Kinds this file knows get their facts in
  /// words; any other kind lists every field of its data as a detail.
  init(_ recorded: RecordedEvent, hash: String? = nil, voided: EvidenceVoid?) {
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
    details = Self.details(of: event, fields: fields)
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
