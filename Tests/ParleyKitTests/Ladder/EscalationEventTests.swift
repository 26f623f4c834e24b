import Foundation
import Testing

@testable import ParleyKit

@Suite("Escalation events: journal form, validation, fold")
struct EscalationEventTests {
  static let events: [CaseEvent] = [
    .escalationRecorded(
      .init(
        step: .claimFiled, on: date("2027-03-20"), details: "Money Claim Online",
        to: "County Court Business Centre", reference: "K1QZ1234", amount: pounds(120_000))),
    .guardOverridden(
      .init(
        warnings: ["skip-mediation"], step: "draft letter-before-claim",
        reason: "they said in writing they will not mediate", on: date("2027-03-01"))),
    .disputeNoted(
      .init(on: date("2027-03-02"), about: "phase 2", amount: pounds(40_000), invoice: "INV-1")),
    .promiseNoted(.init(on: date("2027-02-16"), by: date("2027-02-28"))),
  ]

  @Test(arguments: events)
  func roundTripsThroughItsTypeNameAndData(event: CaseEvent) throws {
    #expect(CaseEvent.typeNames.contains(event.typeName))
    struct Box: Codable {
      let event: CaseEvent
      init(_ event: CaseEvent) { self.event = event }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let name = try container.decode(String.self, forKey: .type)
        event = try CaseEvent(typeName: name, dataFrom: try container.superDecoder(forKey: .data))
      }
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(event.typeName, forKey: .type)
        try event.encodeData(to: container.superEncoder(forKey: .data))
      }
      enum Key: CodingKey { case type, data }
    }
    let data = try JSONEncoder().encode(Box(event))
    #expect(try JSONDecoder().decode(Box.self, from: data).event == event)
  }

  @Test func validation() throws {
    let state = try CaseBuilder().state()
    #expect(throws: CaseError.emptyText("the reason")) {
      try state.validate(
        .guardOverridden(.init(warnings: ["x"], step: "s", reason: " ", on: date("2027-03-01"))))
    }
    #expect(throws: CaseError.emptyText("what is disputed")) {
      try state.validate(.disputeNoted(.init(on: date("2027-03-01"), about: "")))
    }
    #expect(throws: CaseError.unknownInvoice("INV-9", known: ["INV-1"])) {
      try state.validate(.disputeNoted(.init(on: date("2027-03-01"), about: "x", invoice: "INV-9")))
    }
    #expect(throws: CaseError.currencyMismatch(expected: "GBP", got: "USD")) {
      try state.validate(
        .escalationRecorded(
          .init(
            step: .claimFiled, on: date("2027-03-01"), amount: Money(minorUnits: 1, currency: .usd))
        ))
    }
    for event in Self.events { try state.validate(event) }
  }

  @Test func stateReadsThemFromTheJournal() throws {
    let state = try Self.events.reduce(CaseBuilder()) { $0.with($1) }.state()
    #expect(state.escalations.map(\.value.step) == [.claimFiled])
    #expect(state.guardOverrides.first?.value.warnings == ["skip-mediation"])
    #expect(state.disputes.count == 1)
    #expect(state.promises.first?.value.by == date("2027-02-28"))
    #expect(EscalationStep(id: " Claim-Filed ") == .claimFiled)
    #expect(
      EscalationStep.allCases.map(\.stage) == [
        .mediate, .mediate, .mediate, .formalDemand, .smallClaim, .recover,
      ])
  }
}
