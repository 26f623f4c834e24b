import ParleyKit
import Testing

@testable import ParleyShell

@Suite("Evidence: entries of any kind, read generically")
struct EvidenceEntryTests {
  static let sections: [(String, EvidenceSection)] = [
    ("case.opened", .opening), ("invoice.added", .invoices), ("contact.logged", .contacts),
    ("payment.received", .payments), ("note", .notes), ("cashflow.noted", .cashFlow),
    ("void", .voids), ("plan.proposed", .plans), ("plan.agreed", .plans),
    ("plan.revised", .plans), ("plan.cancelled", .plans),
    // Kinds added later land somewhere visible, never nowhere.
    ("guard.overridden", .overrides), ("warning.overridden", .overrides),
    ("escalation.recorded", .escalations), ("promise.noted", .disputesAndPromises),
    ("dispute.noted", .disputesAndPromises), ("something.new", .other),
  ]

  @Test(
    "each event type has its section; unknown types go to overrides or other", arguments: sections)
  func section(type: String, section: EvidenceSection) {
    #expect(EvidenceSection(eventType: type) == section)
  }

  @Test("every type parley writes today has a section other than 'other'")
  func knownTypesAreSorted() {
    for type in CaseEvent.typeNames {
      #expect(EvidenceSection(eventType: type) != .other, "\(type)")
    }
  }

  @Test("the day, channel, direction and amount are read from the event's data, whatever its kind")
  func fieldsReadGenerically() throws {
    let day = try #require(Day(iso: "2026-10-08"))
    let contact = CaseEvent.contactLogged(
      .init(channel: .email, direction: .outbound, on: day, summary: "first", fullText: "a\nb"))
    let fields = EventFields(contact)
    #expect(fields.keys == ["channel", "direction", "fullText", "on", "summary"])
    #expect(fields.day("on") == day)
    #expect(fields.string("channel") == "email")
    #expect(fields.text("direction") == "out")
    #expect(fields.money("on") == nil)

    let amount = Money(minorUnits: 120_050, currency: .gbp)
    let payment = EventFields(.paymentReceived(.init(amount: amount, on: day, invoice: "INV-1")))
    #expect(payment.money("amount") == amount)
    #expect(payment.text("amount") == "£1,200.50")
    #expect(payment.text("invoice") == "INV-1")

    let void = EventFields(.void(.init(target: 3, reason: "typo")))
    #expect(void.text("target") == "3")
    #expect(void.text("missing") == nil)
  }

  @Test("an entry built from any recorded event keeps its number, time, type and void mark")
  func entryFromRecordedEvent() throws {
    let day = try #require(Day(iso: "2026-11-02"))
    let at = Timestamp(secondsSince1970: 1_793_000_000, timeZoneID: "America/New_York")
    let amount = Money(minorUnits: 20_000, currency: .gbp)
    let recorded = RecordedEvent(
      seq: 6, recordedAt: at, event: .paymentReceived(.init(amount: amount, on: day)))
    let entry = EvidenceEntry(recorded, voided: EvidenceVoid(voidedBy: 8, reason: "twice"))
    #expect(entry.seq == 6)
    #expect(entry.recordedAt == at)
    #expect(entry.type == "payment.received")
    #expect(entry.section == .payments)
    #expect(entry.on == day)
    #expect(entry.amount == amount)
    #expect(entry.summary == "payment of £200.00 on 2 Nov 2026")
    #expect(entry.line == entry.summary)
    #expect(entry.void?.reason == "twice")

    let note = EvidenceEntry(
      RecordedEvent(seq: 9, recordedAt: at, event: .note(.init(text: "first\nsecond"))),
      voided: nil)
    #expect(note.summary == "first …")
    #expect(note.fullText == "first\nsecond")
  }

  /// Events of every kind that needs no schedule, and the title a reader sees for each.
  static let titles: [(CaseEvent, String)] = {
    guard let day = Day(year: 2026, month: 10, day: 8) else { return [] }
    let money = Money(minorUnits: 10_000, currency: .gbp)
    let contact = { (channel: ContactChannel, direction: ContactDirection) in
      CaseEvent.contactLogged(
        .init(channel: channel, direction: direction, on: day, summary: "s"))
    }
    return [
      (
        .caseOpened(
          .init(
            client: "A", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
            currency: "GBP")), "Case opened"
      ),
      (.invoiceAdded(.init(number: "1", amount: money, issued: day, due: day)), "Invoice added"),
      (contact(.email, .outbound), "Email sent to the client"),
      (contact(.email, .inbound), "Email from the client"),
      (contact(.letter, .outbound), "Letter sent to the client"),
      (contact(.letter, .inbound), "Letter from the client"),
      (contact(.phone, .outbound), "Phone call to the client"),
      (contact(.phone, .inbound), "Phone call from the client"),
      (contact(.message, .outbound), "Message sent to the client"),
      (contact(.message, .inbound), "Message from the client"),
      (contact(.meeting, .outbound), "Meeting with the client"),
      (contact(.meeting, .inbound), "Meeting with the client"),
      (.paymentReceived(.init(amount: money, on: day)), "Payment received"),
      (.note(.init(text: "n")), "Note"),
      (.void(.init(target: 6, reason: "r")), "Entry 6 voided"),
      (.cashFlowNoted(.init()), "Cash flow noted"),
      (.planProposed(.init(on: day, balance: money, options: [])), "Plan options proposed"),
      (.escalationRecorded(.init(step: .mediationOffered, on: day)), "Mediation offered"),
      (.escalationRecorded(.init(step: .mediationAgreed, on: day)), "Mediation agreed"),
      (.escalationRecorded(.init(step: .mediationRefused, on: day)), "Mediation refused"),
      (
        .escalationRecorded(.init(step: .letterBeforeClaimSent, on: day)),
        "Letter before claim sent"
      ),
      (.escalationRecorded(.init(step: .claimFiled, on: day)), "Claim filed"),
      (.escalationRecorded(.init(step: .passedToRecovery, on: day)), "Passed to debt recovery"),
      (
        .guardOverridden(.init(warnings: ["w"], step: "s", reason: "r", on: day)),
        "Warning overridden"
      ),
      (.disputeNoted(.init(on: day, about: "a")), "Dispute raised by the client"),
      (.promiseNoted(.init(on: day, by: day)), "Promise to pay"),
      (.caseClosed(.init(on: day, reason: "paid")), "Case closed"),
      (.caseReopened(.init(on: day)), "Case reopened"),
      (.clientRenamed(.init(from: "A", to: "B")), "Client's name changed"),
      (.caseRenamed(.init(from: "a", to: "b")), "Case id changed"),
      (.entryCorrected(.init(target: 3, changes: EntryChanges())), "Entry 3 corrected"),
    ]
  }()

  @Test("each kind of entry has a title in plain words, never its journal id", arguments: titles)
  func title(event: CaseEvent, title: String) {
    let at = Timestamp(secondsSince1970: 1_793_000_000, timeZoneID: "Europe/London")
    let entry = EvidenceEntry(RecordedEvent(seq: 7, recordedAt: at, event: event), voided: nil)
    #expect(entry.title == title)
  }

  @Test("the titles above cover every kind but the plans, whose titles the fixture checks")
  func titlesCoverEveryKind() {
    let covered = Set(Self.titles.map(\.0.typeName))
    let plans: Set = ["plan.agreed", "plan.revised", "plan.cancelled"]
    #expect(covered == Set(CaseEvent.typeNames).subtracting(plans))
  }

  @Test("escalations, disputes and promises in plain words: no step ids, no empty details")
  func escalationsInWords() throws {
    let day = try #require(Day(iso: "2026-10-23"))
    let by = try #require(Day(iso: "2026-11-15"))
    let at = Timestamp(secondsSince1970: 1_793_000_000, timeZoneID: "Europe/London")
    let entry = { (event: CaseEvent) in
      EvidenceEntry(RecordedEvent(seq: 10, recordedAt: at, event: event), voided: nil)
    }
    let letter = entry(.escalationRecorded(.init(step: .letterBeforeClaimSent, on: day)))
    #expect(letter.summary == "Letter before claim sent on 23 Oct 2026")
    #expect(letter.line == letter.summary)
    #expect(letter.details == [])

    let amount = Money(minorUnits: 120_050, currency: .gbp)
    let claim = entry(
      .escalationRecorded(
        .init(
          step: .claimFiled, on: day, details: "filed online\nwith the invoice",
          to: "Money Claims", reference: "K1QZ1234", amount: amount)))
    #expect(claim.summary == "Claim filed on 23 Oct 2026: filed online …")
    #expect(
      claim.details == [
        EvidenceDetail(label: "details", value: "filed online\nwith the invoice"),
        EvidenceDetail(label: "to", value: "Money Claims"),
        EvidenceDetail(label: "reference", value: "K1QZ1234"),
      ])
    #expect(claim.amount == amount)

    let promise = entry(.promiseNoted(.init(on: day, by: by, amount: amount)))
    #expect(
      promise.details == [
        EvidenceDetail(label: "promised by", value: "2026-11-15 (Sunday 15 November 2026)")
      ])
    let dispute = entry(
      .disputeNoted(.init(on: day, about: "second phase late", amount: amount, invoice: "INV-1")))
    #expect(
      dispute.details == [
        EvidenceDetail(label: "about", value: "second phase late"),
        EvidenceDetail(label: "invoice", value: "INV-1"),
      ])
  }

  @Test("field names as words, for the details of kinds parley does not know yet")
  func spacedWords() {
    #expect("warnings".spacedWords == "warnings")
    #expect("absorbedBy".spacedWords == "absorbed by")
    #expect("lateChargesAmount".spacedWords == "late charges amount")
  }
}
