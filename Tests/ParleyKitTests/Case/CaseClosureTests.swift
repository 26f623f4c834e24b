import Testing

@testable import ParleyKit

@Suite("Closing, reopening and renaming a case")
struct CaseClosureTests {
  let closed = CaseEvent.caseClosed(.init(on: date("2027-03-01"), reason: "paid in full"))
  let reopened = CaseEvent.caseReopened(.init(on: date("2027-03-10"), reason: "the cheque bounced"))

  @Test func aClosedCaseTakesOnlyItsReopening() throws {
    let state = try CaseBuilder().with(closed).state()
    #expect(state.isClosed)
    #expect(state.closure == CaseClosure(seq: 3, on: date("2027-03-01"), reason: "paid in full"))
    let refused = CaseError.caseClosed(on: date("2027-03-01"), reason: "paid in full")
    #expect(throws: refused) { try state.validate(.note(.init(text: "called them"))) }
    #expect(throws: refused) {
      try state.validate(.paymentReceived(.init(amount: pounds(100), on: date("2027-03-02"))))
    }
    #expect(throws: refused) { try state.validate(.void(.init(target: 2, reason: "typo"))) }
    #expect(throws: CaseError.alreadyClosed(on: date("2027-03-01"))) {
      try state.validate(.caseClosed(.init(on: date("2027-03-02"))))
    }
    try state.validate(reopened)
  }

  @Test func reopeningOpensItAgainAndOnlyAClosedCaseCanBeReopened() throws {
    let open = try CaseBuilder().state()
    #expect(throws: CaseError.notClosed) { try open.validate(reopened) }
    let again = try CaseBuilder().with(closed).with(reopened).state()
    #expect(!again.isClosed)
    try again.validate(.note(.init(text: "called them")))
    // Closed again, the latest closing is the one that counts.
    let twice = try CaseBuilder().with(closed).with(reopened)
      .with(.caseClosed(.init(on: date("2027-04-01")))).state()
    #expect(twice.closure == CaseClosure(seq: 5, on: date("2027-04-01"), reason: nil))
  }

  @Test func closingsReopeningsAndIdChangesCannotBeVoided() throws {
    let state = try CaseBuilder().with(closed).with(reopened)
      .with(.caseRenamed(.init(from: "acme-ltd", to: "acme"))).state()
    for target in 3...5 {
      #expect(throws: CaseError.self) {
        try state.validate(.void(.init(target: target, reason: "x")))
      }
    }
  }

  @Test func aClosedCaseNeedsNoAttention() throws {
    let overdue = try CaseBuilder(due: "2026-10-01").contact(.email, "2026-12-01", .inbound)
    let open = CaseAttention(
      state: try overdue.state(), profile: englandAndWales, today: date("2027-01-05"))
    #expect(!open.items.isEmpty)
    let attention = CaseAttention(
      state: try overdue.with(closed).state(), profile: englandAndWales, today: date("2027-01-05"))
    #expect(attention.items.isEmpty)
    #expect(attention.nextContactDay == nil)
  }

  @Test func theClientsNewNameIsReadFromItsChangeOnAndTheOldOneKept() throws {
    let renamed = CaseEvent.clientRenamed(.init(from: "Acme Ltd", to: "Acme Holdings Ltd"))
    let state = try CaseBuilder().with(renamed).state()
    #expect(state.opened.client == "Acme Holdings Ltd")
    #expect(state.entries[2].event == renamed)
    #expect(throws: CaseError.clientNameChanged(current: "Acme Holdings Ltd")) {
      try state.validate(.clientRenamed(.init(from: "Acme Ltd", to: "Acme Group")))
    }
    #expect(throws: CaseError.sameClientName("Acme Holdings Ltd")) {
      try state.validate(.clientRenamed(.init(from: "Acme Holdings Ltd", to: "Acme Holdings Ltd")))
    }
    #expect(throws: CaseError.emptyText("the client's new name")) {
      try state.validate(.clientRenamed(.init(from: "Acme Holdings Ltd", to: "  ")))
    }
    // A change of name voided is taken back.
    let voided = try CaseBuilder().with(renamed).with(.void(.init(target: 3, reason: "wrong")))
      .state()
    #expect(voided.opened.client == "Acme Ltd")
  }

  @Test func anOldJournalWithNoneOfTheseEventsReadsAsOpen() throws {
    let state = try CaseBuilder().contact(.email, "2027-02-01").state()
    #expect(!state.isClosed)
    #expect(state.corrections.isEmpty)
  }
}
