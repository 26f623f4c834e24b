import Testing

@testable import ParleyKit

@Suite("Corrections: an entry read with its corrections in force")
struct EntryCorrectionTests {
  /// Acme Ltd owes £1,200.00 (INV-1) and £300.00 (INV-2); entry 4 is a
  /// payment of £500.00, entry 5 an email, entry 6 a note.
  var base: CaseBuilder {
    CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(
        .invoiceAdded(
          .init(
            number: "INV-2", amount: pounds(30_000), issued: date("2026-10-01"),
            due: date("2026-11-01")))
      )
      .with(.paymentReceived(.init(amount: pounds(50_000), on: date("2026-11-10"))))
      .contact(.email, "2026-11-12")
      .with(.note(.init(text: "They moved office")))
  }

  func correction(_ target: Int, reason: String? = nil, _ change: (inout EntryChanges) -> Void)
    -> CaseEvent
  {
    var changes = EntryChanges()
    change(&changes)
    return .entryCorrected(.init(target: target, changes: changes, reason: reason))
  }

  @Test func aCorrectedPaymentCountsAtItsNewAmountAndBothEntriesStay() throws {
    let edit = correction(4, reason: "it was £600") { $0.amount = pounds(60_000) }
    let state = try base.with(edit).state()
    #expect(state.payments.map(\.amount) == [pounds(60_000)])
    #expect(state.balance == pounds(90_000))
    #expect(state.entries.count == 7)
    #expect(
      state.entries[3].event
        == .paymentReceived(.init(amount: pounds(50_000), on: date("2026-11-10"))))
    #expect(state.supersedingEntry(of: 4) == 7)
    #expect(state.supersedingEntry(of: 7) == nil)
    try state.validate(.note(.init(text: "fine")))
  }

  @Test func aSecondCorrectionSupersedesTheFirstAndVoidingItTakesBackOnlyItsChange() throws {
    let amount = correction(4) { $0.amount = pounds(60_000) }
    let day = correction(4) { $0.on = date("2026-11-11") }
    let state = try base.with(amount).with(day).state()
    #expect(state.payments == [.init(amount: pounds(60_000), on: date("2026-11-11"))])
    #expect(state.supersedingEntry(of: 4) == 7)
    #expect(state.supersedingEntry(of: 7) == 8)
    #expect(state.corrections[4]?.steps.map(\.seq) == [7, 8])
    let undone = try base.with(amount).with(day).with(.void(.init(target: 7, reason: "no"))).state()
    #expect(undone.payments == [.init(amount: pounds(50_000), on: date("2026-11-11"))])
    #expect(undone.supersedingEntry(of: 4) == 8)
  }

  @Test func voidingTheEntryCancelsItWithItsCorrections() throws {
    let state = try base.with(correction(4) { $0.amount = pounds(60_000) })
      .with(.void(.init(target: 4, reason: "bounced"))).state()
    #expect(state.payments.isEmpty)
    #expect(state.corrections.isEmpty)
    #expect(throws: CaseError.correctingAVoidedEntry(4)) {
      try state.validate(correction(4) { $0.amount = pounds(1) })
    }
  }

  @Test func aContactNoteAndInvoiceAreReadAsCorrected() throws {
    let state =
      try base
      .with(
        correction(5) {
          $0.on = date("2026-11-20"); $0.summary = "second reminder"
        }
      )
      .with(correction(6) { $0.text = "They moved office to Leeds" })
      .with(correction(2) { $0.due = date("2026-10-15") })
      .state()
    #expect(state.contacts.map(\.contact.on) == [date("2026-11-20")])
    #expect(state.contacts.map(\.contact.summary) == ["second reminder"])
    #expect(state.contacts.map(\.seq) == [5])
    #expect(state.notes.map(\.event) == [.note(.init(text: "They moved office to Leeds"))])
    #expect(state.invoices[0].invoice.due == date("2026-10-15"))
  }

  @Test func refusesWhatCannotBeCorrected() throws {
    let state = try base.with(correction(4) { $0.amount = pounds(60_000) }).state()
    #expect(
      throws: CaseError.noSuchField(
        .text, entry: 4, kind: "a payment", fields: [.amount, .on, .invoice])
    ) {
      try state.validate(correction(4) { $0.text = "x" })
    }
    #expect(throws: CaseError.notCorrectable(1, kind: "the case opening")) {
      try state.validate(correction(1) { $0.text = "x" })
    }
    #expect(throws: CaseError.correctingACorrection(7, corrects: 4)) {
      try state.validate(correction(7) { $0.amount = pounds(1) })
    }
    #expect(throws: CaseError.nothingToCorrect(4)) {
      try state.validate(correction(4) { $0.amount = pounds(60_000) })
    }
    #expect(throws: CaseError.nothingToCorrect(4)) { try state.validate(correction(4) { _ in }) }
    #expect(throws: CaseError.noSuchEntry(9, last: 7)) {
      try state.validate(correction(9) { $0.amount = pounds(1) })
    }
    #expect(throws: CaseError.nonPositiveAmount("the payment")) {
      try state.validate(correction(4) { $0.amount = pounds(0) })
    }
    #expect(throws: CaseError.currencyMismatch(expected: "GBP", got: "EUR")) {
      try state.validate(correction(4) { $0.amount = Money(minorUnits: 5, currency: .eur) })
    }
    #expect(throws: CaseError.unknownInvoice("INV-9", known: ["INV-1", "INV-2"])) {
      try state.validate(correction(4) { $0.invoice = "INV-9" })
    }
    #expect(throws: CaseError.dueBeforeIssued(number: "INV-1")) {
      try state.validate(correction(2) { $0.due = date("2026-08-01") })
    }
    #expect(throws: CaseError.emptyText("the note")) {
      try state.validate(correction(6) { $0.text = " " })
    }
    #expect(throws: CaseError.emptyText("the reason")) {
      try state.validate(
        .entryCorrected(
          .init(
            target: 6,
            changes: {
              var changes = EntryChanges()
              changes.text = "y"
              return changes
            }(), reason: "")))
    }
  }

  @Test func aPromiseCannotBeCorrectedToFallDueBeforeItWasMade() throws {
    let state = try base.with(.promiseNoted(.init(on: date("2026-12-01"), by: date("2026-12-10"))))
      .state()
    #expect(throws: CaseError.promisedBeforeMade(by: date("2026-11-20"), on: date("2026-12-01"))) {
      try state.validate(correction(7) { $0.by = date("2026-11-20") })
    }
    let moved = try base.with(.promiseNoted(.init(on: date("2026-12-01"), by: date("2026-12-10"))))
      .with(correction(7) { $0.by = date("2026-12-20") }).state()
    #expect(moved.promises.map(\.value.by) == [date("2026-12-20")])
  }

  // MARK: - Laws over random cases

  /// A random case: one to three invoices, then payments, contacts, notes, a
  /// promise, a dispute and a step up the ladder, in random order.
  static func randomCase(_ random: inout SeededGenerator) -> [CaseEvent] {
    var events = CaseBuilder(invoice: Int64.random(in: 1_000...500_000, using: &random)).events
    for number in 2..<Int.random(in: 2...4, using: &random) {
      events.append(
        .invoiceAdded(
          .init(
            number: "INV-\(number)", amount: pounds(Int64.random(in: 100...90_000, using: &random)),
            issued: date("2026-09-01"), due: date("2026-10-01").adding(days: number))))
    }
    let invoices = events.count - 1
    for _ in 0..<Int.random(in: 1...8, using: &random) {
      let on = date("2026-10-01").adding(days: Int.random(in: 0...90, using: &random))
      let event: CaseEvent
      switch Int.random(in: 0...6, using: &random) {
      case 0, 1:
        let invoice =
          Bool.random(using: &random) ? "INV-\(Int.random(in: 1...invoices, using: &random))" : nil
        event = .paymentReceived(
          .init(
            amount: pounds(Int64.random(in: 1...80_000, using: &random)), on: on, invoice: invoice))
      case 2:
        event = .contactLogged(
          .init(
            channel: ContactChannel.allCases.randomElement(using: &random) ?? .email,
            direction: Bool.random(using: &random) ? .outbound : .inbound, on: on,
            summary: "contact \(Int.random(in: 1...99, using: &random))"))
      case 3: event = .note(.init(text: "note \(Int.random(in: 1...99, using: &random))"))
      case 4:
        event = .promiseNoted(
          .init(
            on: on, by: on.adding(days: Int.random(in: 0...30, using: &random)),
            amount: Bool.random(using: &random)
              ? pounds(Int64.random(in: 1...50_000, using: &random)) : nil))
      case 5:
        event = .disputeNoted(
          .init(on: on, about: "dispute \(Int.random(in: 1...9, using: &random))"))
      default:
        event = .escalationRecorded(.init(step: .mediationOffered, on: on, details: "offered"))
      }
      events.append(event)
    }
    return events
  }

  /// Random new values for some of the fields `event` has; may change nothing.
  static func randomChanges(for event: CaseEvent, _ random: inout SeededGenerator, invoices: Int)
    -> EntryChanges
  {
    var changes = EntryChanges()
    for field in EntryField.correctable(in: event) where Bool.random(using: &random) {
      let day = date("2026-10-01").adding(days: Int.random(in: 0...90, using: &random))
      switch field {
      case .amount: changes.amount = pounds(Int64.random(in: 1...90_000, using: &random))
      case .on: changes.on = day
      case .invoice: changes.invoice = "INV-\(Int.random(in: 1...invoices, using: &random))"
      case .summary: changes.summary = "corrected \(Int.random(in: 1...99, using: &random))"
      case .channel: changes.channel = ContactChannel.allCases.randomElement(using: &random)
      case .direction: changes.direction = Bool.random(using: &random) ? .outbound : .inbound
      case .text: changes.text = "corrected note \(Int.random(in: 1...99, using: &random))"
      case .issued:
        changes.issued = date("2026-09-01").adding(days: Int.random(in: -20...0, using: &random))
      case .due: changes.due = day
      case .by: changes.by = day.adding(days: 60)
      case .about: changes.about = "corrected dispute"
      case .details: changes.details = "corrected details"
      case .to: changes.to = "CEDR"
      case .reference: changes.reference = "REF-\(Int.random(in: 1...99, using: &random))"
      }
    }
    return changes
  }

  /// A random correction the case accepts, with the events it applies to; nil when the draw gave none.
  static func randomCorrection(of events: [CaseEvent], _ random: inout SeededGenerator)
    throws -> CaseEvent.EntryCorrected?
  {
    let state = try fold(events)
    let invoices = state.invoices.count
    let voided = Set(state.voided.map(\.target.seq))
    let candidates = state.entries.filter {
      !EntryField.correctable(in: $0.event).isEmpty && !voided.contains($0.seq)
    }
    guard let target = candidates.randomElement(using: &random) else { return nil }
    let changes = randomChanges(for: state.reading(of: target), &random, invoices: invoices)
    let correction = CaseEvent.EntryCorrected(target: target.seq, changes: changes)
    do {
      try state.validate(.entryCorrected(correction))
    } catch {
      return nil
    }
    return correction
  }

  @Test func aCorrectionReadsAsIfTheEntryHadBeenWrittenCorrectlyInThePlaceOfTheOriginal() throws {
    var random = SeededGenerator(seed: 0xED17)
    var checked = 0
    for round in 0..<400 {
      let events = Self.randomCase(&random)
      guard let correction = try Self.randomCorrection(of: events, &random) else { continue }
      let corrected = try fold(events + [.entryCorrected(correction)])
      var rewritten = events
      let index = correction.target - 1
      rewritten[index] = try #require(correction.changes.applied(to: events[index]))
      #expect(
        CaseReading(corrected) == CaseReading(try fold(rewritten)), "round \(round): \(correction)")
      checked += 1
    }
    #expect(checked > 200)
  }

  @Test func editingThenVoidingTheCorrectionGivesBackTheOriginalReading() throws {
    var random = SeededGenerator(seed: 0x0B5E)
    var checked = 0
    for round in 0..<400 {
      let events = Self.randomCase(&random)
      guard let correction = try Self.randomCorrection(of: events, &random) else { continue }
      let seq = events.count + 1
      let undone = try fold(
        events + [.entryCorrected(correction), .void(.init(target: seq, reason: "undo"))])
      #expect(CaseReading(undone) == CaseReading(try fold(events)), "round \(round)")
      #expect(undone.corrections.isEmpty)
      checked += 1
    }
    #expect(checked > 200)
  }

  @Test func voidingAnyOneOfSeveralCorrectionsReadsAsIfItWasNeverRecorded() throws {
    var random = SeededGenerator(seed: 0x5EC0)
    var checked = 0
    for round in 0..<300 {
      var events = Self.randomCase(&random)
      let start = events.count
      for _ in 0..<3 {
        guard let correction = try Self.randomCorrection(of: events, &random) else { continue }
        events.append(.entryCorrected(correction))
      }
      let added = events.count - start
      guard added > 1 else { continue }
      let dropped = Int.random(in: 0..<added, using: &random)
      let voided = try fold(events + [.void(.init(target: start + dropped + 1, reason: "undo"))])
      var without = events
      without.remove(at: start + dropped)
      #expect(CaseReading(voided) == CaseReading(try fold(without)), "round \(round)")
      checked += 1
    }
    #expect(checked > 50)
  }

  @Test func anAppendedCorrectionFoldsTheSameAsTheWholeJournal() throws {
    var random = SeededGenerator(seed: 0xA99E)
    for _ in 0..<100 {
      let events = Self.randomCase(&random)
      guard let correction = try Self.randomCorrection(of: events, &random) else { continue }
      var state = try fold(events)
      try state.append(
        RecordedEvent(
          seq: events.count + 1, recordedAt: noon("2027-01-01"), event: .entryCorrected(correction))
      )
      #expect(state == (try fold(events + [.entryCorrected(correction)])))
    }
  }
}
