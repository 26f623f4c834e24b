import Foundation
import Testing

@testable import ParleyKit

@Suite("CaseState: cash-flow and plan events in the fold")
struct CasePlanFoldTests {
  let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "Europe/London")

  let opened = CaseEvent.caseOpened(
    .init(
      client: "Acme Ltd", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
      currency: "GBP"))

  let invoice = CaseEvent.invoiceAdded(
    .init(
      number: "INV-1", amount: gbp(100_000), issued: date("2026-09-01"), due: date("2026-10-01")))

  func recorded(_ events: [CaseEvent]) -> [RecordedEvent] {
    events.enumerated().map { RecordedEvent(seq: $0 + 1, recordedAt: stamp, event: $1) }
  }

  func schedule(_ pence: Int64 = 100_000, count: Int = 4) throws -> InstallmentSchedule {
    try InstallmentSchedule.equal(
      balance: gbp(pence), count: count, frequency: .monthly, firstDue: date("2027-02-01"))
  }

  func paid(_ pence: Int64, on iso: String) -> CaseEvent {
    .paymentReceived(.init(amount: gbp(pence), on: date(iso)))
  }

  /// Appends `event` after checking it, as the shell does.
  func appending(_ event: CaseEvent, to events: inout [CaseEvent]) throws {
    let state = try CaseState(events: recorded(events))
    try state.validate(event)
    events.append(event)
  }

  @Test func laterCashFlowAnswersOverrideFieldByFieldAndDontKnowClears() throws {
    let first = CaseEvent.cashFlowNoted(
      .init(
        answers: CashFlow(
          mine: MyCashFlow(need: gbp(150_000), needBy: date("2026-12-31")),
          theirs: TheirCashFlow(capacity: PaymentCapacity(amount: gbp(90_000), per: .month))),
        unknown: [.lumpSum]))
    let second = CaseEvent.cashFlowNoted(
      .init(
        answers: CashFlow(mine: MyCashFlow(need: gbp(160_000), keepClient: true)),
        unknown: [.capacity]))
    let state = try CaseState(events: recorded([opened, invoice, first, second]))
    #expect(state.cashFlow.mine.need == gbp(160_000))
    #expect(state.cashFlow.mine.needBy == date("2026-12-31"))
    #expect(state.cashFlow.mine.keepClient == true)
    #expect(state.cashFlow.theirs.capacity == nil)
    #expect(state.unknownCashFlow == [.lumpSum, .capacity])

    let answered = CaseEvent.cashFlowNoted(
      .init(answers: CashFlow(theirs: TheirCashFlow(lumpSum: gbp(0)))))
    let later = try CaseState(events: recorded([opened, invoice, first, second, answered]))
    #expect(later.cashFlow.theirs.lumpSum == gbp(0))
    #expect(later.unknownCashFlow == [.capacity])
  }

  @Test func agreeingRevisingAndCancellingFoldIntoTheActivePlan() throws {
    var events = [opened, invoice]
    let proposal = try PlanProposer.propose(balance: gbp(100_000), today: date("2026-11-30"))
    try appending(
      .planProposed(.init(on: date("2026-11-30"), balance: gbp(100_000), options: proposal)),
      to: &events)
    #expect(try CaseState(events: recorded(events)).nextPlanID == "plan-1")
    try appending(
      .planAgreed(.init(id: "plan-1", on: date("2026-12-01"), schedule: try schedule())),
      to: &events)
    try appending(paid(25_000, on: "2027-02-01"), to: &events)
    // £750 is left on the plan: the revision must pay exactly that.
    let revised = try schedule(75_000, count: 5)
    try appending(
      .planRevised(
        .init(id: "plan-1", on: date("2027-03-05"), schedule: revised, reason: "lost a client")),
      to: &events)

    let state = try CaseState(events: recorded(events))
    #expect(state.lastProposal?.options == proposal)
    let plan = try #require(state.activePlan)
    #expect(plan.id == "plan-1")
    #expect(plan.schedule == revised)
    #expect(plan.revisions.map(\.reason) == ["lost a client"])
    #expect(plan.revisions.first?.replaced == (try schedule()))
    #expect(plan.scheduleAgreedOn == date("2027-03-05"))
    // The February payment was before the revision; it does not pay the new schedule.
    #expect(state.payments(toward: plan).isEmpty)
    #expect(state.nextPlanID == "plan-2")

    try appending(
      .planCancelled(.init(id: "plan-1", on: date("2027-04-10"), reason: "paid in full elsewhere")),
      to: &events)
    let cancelled = try CaseState(events: recorded(events))
    #expect(cancelled.activePlan == nil)
    #expect(cancelled.plans.first?.cancellation?.reason == "paid in full elsewhere")
  }

  @Test func planProgressCountsPaymentsRecordedAfterTheAgreement() throws {
    let events = [
      opened, invoice, paid(20_000, on: "2026-11-20"),
      .planAgreed(.init(id: "plan-1", on: date("2026-12-01"), schedule: try schedule(80_000))),
      paid(20_000, on: "2027-02-01"),
    ]
    let state = try CaseState(events: recorded(events))
    let progress = try #require(state.planProgress(today: date("2027-03-05")))
    #expect(progress.paid == gbp(20_000))
    #expect(progress.installments.map(\.status) == [.paid, .missed, .upcoming, .upcoming])
    #expect(progress.nextStep == .nudge(installment: 2))
  }

  @Test func aVoidedPaymentNoLongerPaysThePlan() throws {
    let events = [
      opened, invoice,
      .planAgreed(.init(id: "plan-1", on: date("2026-12-01"), schedule: try schedule())),
      paid(25_000, on: "2027-02-01"), .void(.init(target: 4, reason: "bounced")),
    ]
    let state = try CaseState(events: recorded(events))
    let progress = try #require(state.planProgress(today: date("2027-02-10")))
    #expect(progress.paid == gbp(0))
    #expect(progress.installments[0].status == .missed)
  }

  @Test func aVoidedAgreementLeavesNoPlanButItsIDIsNotReused() throws {
    let events = [
      opened, invoice,
      .planAgreed(.init(id: "plan-1", on: date("2026-12-01"), schedule: try schedule())),
      .void(.init(target: 3, reason: "entered by mistake")),
    ]
    let state = try CaseState(events: recorded(events))
    #expect(state.activePlan == nil)
    #expect(state.nextPlanID == "plan-2")
  }

  @Test func theFoldIgnoresARevisionOfNoRunningPlan() throws {
    let events = [
      opened, invoice,
      .planRevised(
        .init(id: "plan-9", on: date("2026-12-01"), schedule: try schedule(), reason: "x")),
    ]
    let state = try CaseState(events: recorded(events))
    #expect(state.plans.isEmpty)
    #expect(state.balance == gbp(100_000))
  }

  @Test(arguments: [
    "cashflow.noted", "plan.proposed", "plan.agreed", "plan.revised", "plan.cancelled",
  ])
  func theJournalKnowsEachTypeName(name: String) {
    #expect(CaseEvent.typeNames.contains(name))
  }

  @Test func planEventsSurviveTheJournalFormat() throws {
    let charges = LateCharges(amount: gbp(4_000), treatment: .waivedIfKept)
    let options = try PlanProposer.propose(
      balance: gbp(100_000),
      cashFlow: CashFlow(
        mine: MyCashFlow(need: gbp(30_000), needBy: date("2026-12-31")),
        theirs: TheirCashFlow(capacity: PaymentCapacity(amount: gbp(20_000), per: .week))),
      today: date("2026-11-30"), policy: PlanPolicy(lateCharges: charges))
    let events: [CaseEvent] = [
      .cashFlowNoted(
        .init(
          answers: CashFlow(
            mine: MyCashFlow(need: gbp(150_000), needBy: date("2026-12-31"), keepClient: false),
            theirs: TheirCashFlow(
              capacity: PaymentCapacity(amount: gbp(90_000), per: .month),
              capacityFrom: date("2027-01-01"), reason: "their customer paid late")),
          unknown: [.improvesOn])),
      .planProposed(.init(on: date("2026-11-30"), balance: gbp(100_000), options: options)),
      .planAgreed(
        .init(id: "plan-1", on: date("2026-12-01"), schedule: try schedule(), lateCharges: charges)),
      .planRevised(
        .init(id: "plan-1", on: date("2027-03-01"), schedule: try schedule(), reason: "r")),
      .planCancelled(.init(id: "plan-1", on: date("2027-04-01"), reason: "done")),
    ]
    for event in events {
      let data = try JSONEncoder().encode(Envelope(event: event))
      let decoded = try JSONDecoder().decode(Envelope.self, from: data)
      #expect(decoded.event == event, "\(event.typeName)")
    }
    // A note with only "don't know" answers may leave out its answers.
    let sparse = #"{"type":"cashflow.noted","data":{"unknown":["need"]}}"#
    let decoded = try JSONDecoder().decode(Envelope.self, from: Data(sparse.utf8))
    #expect(decoded.event == .cashFlowNoted(.init(unknown: [.need])))
  }

  /// The journal's shape in miniature: a type name beside the event's data.
  struct Envelope: Codable {
    let event: CaseEvent

    init(event: CaseEvent) { self.event = event }

    enum CodingKeys: String, CodingKey {
      case type
      case data
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let type = try container.decode(String.self, forKey: .type)
      event = try CaseEvent(typeName: type, dataFrom: container.superDecoder(forKey: .data))
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(event.typeName, forKey: .type)
      try event.encodeData(to: container.superEncoder(forKey: .data))
    }
  }
}
