import Testing

@testable import ParleyKit

@Suite("CaseState.validate: what may be recorded")
struct CaseStateValidationTests {
  let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "UTC")
  let day = Day(validYear: 2026, month: 10, day: 1)

  func state(_ events: [CaseEvent]) throws -> CaseState {
    let opened = CaseEvent.caseOpened(
      .init(
        client: "Acme", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl", currency: "GBP"
      ))
    return try CaseState(
      events: ([opened] + events).enumerated().map {
        RecordedEvent(seq: $0 + 1, recordedAt: stamp, event: $1)
      })
  }

  func invoice(_ number: String, _ pence: Int64, currency: Currency = .gbp) -> CaseEvent {
    .invoiceAdded(
      .init(
        number: number, amount: Money(minorUnits: pence, currency: currency), issued: day, due: day)
    )
  }

  @Test func refusesWhatWouldMakeTheRecordWrong() throws {
    let current = try state([invoice("INV-1", 100)])
    #expect(throws: CaseError.duplicateInvoice("INV-1")) {
      try current.validate(invoice("INV-1", 5))
    }
    #expect(throws: CaseError.currencyMismatch(expected: "GBP", got: "EUR")) {
      try current.validate(invoice("INV-2", 5, currency: .eur))
    }
    #expect(throws: CaseError.nonPositiveAmount("the invoice amount")) {
      try current.validate(invoice("INV-2", 0))
    }
    #expect(throws: CaseError.unknownInvoice("INV-9", known: ["INV-1"])) {
      try current.validate(
        .paymentReceived(
          .init(amount: Money(minorUnits: 5, currency: .gbp), on: day, invoice: "INV-9")))
    }
    #expect(throws: CaseError.noSuchEntry(7, last: 2)) {
      try current.validate(.void(.init(target: 7, reason: "typo")))
    }
    #expect(throws: CaseError.cannotVoid(1, kind: "the case opening")) {
      try current.validate(.void(.init(target: 1, reason: "typo")))
    }
    #expect(throws: CaseError.emptyText("the reason")) {
      try current.validate(.void(.init(target: 2, reason: "  ")))
    }
    #expect(throws: CaseError.emptyText("the summary")) {
      try current.validate(
        .contactLogged(.init(channel: .email, direction: .outbound, on: day, summary: " ")))
    }
    #expect(throws: CaseError.alreadyOpened) {
      try current.validate(
        .caseOpened(
          .init(
            client: "X", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
            currency: "GBP")))
    }
  }

  @Test func aVoidedEntryCannotBeVoidedAgain() throws {
    let current = try state([invoice("INV-1", 100), .void(.init(target: 2, reason: "typo"))])
    #expect(throws: CaseError.alreadyVoided(2)) {
      try current.validate(.void(.init(target: 2, reason: "again")))
    }
    #expect(throws: CaseError.cannotVoid(3, kind: "a void; record the entry again instead")) {
      try current.validate(.void(.init(target: 3, reason: "again")))
    }
  }

  @Test func totalsThatWouldNotStayExactAreRefused() throws {
    let current = try state([invoice("INV-1", CaseState.maximumTotalMinorUnits)])
    #expect(throws: CaseError.totalTooLarge) { try current.validate(invoice("INV-2", 1)) }
  }

  @Test func acceptsAnOrdinaryEntry() throws {
    let current = try state([invoice("INV-1", 100)])
    try current.validate(invoice("INV-2", 100))
    try current.validate(.note(.init(text: "called, no answer")))
  }
}
