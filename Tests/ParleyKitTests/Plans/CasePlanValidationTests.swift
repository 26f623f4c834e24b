import Testing

@testable import ParleyKit

@Suite("CaseState: checking cash-flow and plan events before they are written")
struct CasePlanValidationTests {
  let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "Europe/London")

  func state(_ events: [CaseEvent]) throws -> CaseState {
    let opened = CaseEvent.caseOpened(
      .init(
        client: "Acme Ltd", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
        currency: "GBP"))
    let invoice = CaseEvent.invoiceAdded(
      .init(
        number: "INV-1", amount: gbp(100_000), issued: date("2026-09-01"),
        due: date("2026-10-01")))
    let all = [opened, invoice] + events
    return try CaseState(
      events: all.enumerated().map { RecordedEvent(seq: $0 + 1, recordedAt: stamp, event: $1) })
  }

  func schedule(_ pence: Int64) throws -> InstallmentSchedule {
    try InstallmentSchedule.equal(
      balance: gbp(pence), count: 2, frequency: .monthly, firstDue: date("2027-02-01"))
  }

  func agreed(_ id: String = "plan-1", _ pence: Int64 = 100_000) throws -> CaseEvent {
    .planAgreed(.init(id: id, on: date("2026-12-01"), schedule: try schedule(pence)))
  }

  /// The message `event` is refused with, or nil when it is accepted.
  func refusal(_ event: CaseEvent, after events: [CaseEvent] = []) throws -> String? {
    let state = try state(events)
    do {
      try state.validate(event)
      return nil
    } catch {
      return error.message.testText
    }
  }

  @Test func cashFlowNotesMustSaySomethingOnce() throws {
    #expect(
      try refusal(.cashFlowNoted(.init()))
        == "nothing to note: answer at least one question, or say \"don't know\"")
    #expect(
      try refusal(
        .cashFlowNoted(
          .init(answers: CashFlow(mine: MyCashFlow(need: gbp(100))), unknown: [.need])))
        == "the amount you need is both answered and marked \"don't know\"; give one")
    #expect(
      try refusal(.cashFlowNoted(.init(answers: CashFlow(theirs: TheirCashFlow(lumpSum: gbp(-1))))))
        == "their lump sum is -£0.01; give zero or more, or say \"don't know\"")
    #expect(
      try refusal(.cashFlowNoted(.init(answers: CashFlow(theirs: TheirCashFlow(reason: "  ")))))
        == "their reason is empty; give an answer, or say \"don't know\"")
    #expect(
      try refusal(
        .cashFlowNoted(
          .init(answers: CashFlow(mine: MyCashFlow(need: Money(minorUnits: 5, currency: .eur))))))
        == "this case is in GBP; EUR amounts cannot be added to it")
    #expect(try refusal(.cashFlowNoted(.init(unknown: [.reason]))) == nil)
  }

  @Test func anAgreedPlanMustPayWhatIsOwed() throws {
    #expect(try refusal(try agreed()) == nil)
    #expect(
      try refusal(try agreed("plan-1", 90_000))
        == "the plan adds up to £900.00 but £1,000.00 is owed; "
        + "make the installments add up to £1,000.00")
    let charged = CaseEvent.planAgreed(
      .init(
        id: "plan-1", on: date("2026-12-01"), schedule: try schedule(104_000),
        lateCharges: LateCharges(amount: gbp(4_000), treatment: .charged)))
    #expect(try refusal(charged) == nil)
    #expect(try refusal(try agreed(" ")) == "a plan needs an id, e.g. plan-1")
    let paidOff = CaseEvent.paymentReceived(.init(amount: gbp(100_000), on: date("2026-11-01")))
    #expect(
      try refusal(try agreed(), after: [paidOff])
        == "nothing is owed in this case, so there is nothing to plan")
  }

  @Test func onlyOnePlanRunsAtATime() throws {
    #expect(
      try refusal(try agreed("plan-2"), after: [try agreed()])
        == "plan-1 is still running; revise or cancel it before agreeing another plan")
    #expect(
      try refusal(try agreed("plan-1"), after: [try agreed()])
        == "this case already has a plan plan-1; use another id")
    // Once the running plan is paid off, a new one may be agreed (for a new invoice).
    let payment = CaseEvent.paymentReceived(.init(amount: gbp(100_000), on: date("2027-02-01")))
    let newInvoice = CaseEvent.invoiceAdded(
      .init(
        number: "INV-2", amount: gbp(50_000), issued: date("2027-02-01"), due: date("2027-03-01")))
    #expect(
      try refusal(try agreed("plan-2", 50_000), after: [try agreed(), payment, newInvoice]) == nil)
  }

  @Test func revisionsAndCancellationsNameTheRunningPlan() throws {
    let revision = CaseEvent.planRevised(
      .init(id: "plan-2", on: date("2027-03-01"), schedule: try schedule(100_000), reason: "r"))
    #expect(
      try refusal(revision, after: [try agreed()])
        == "plan-2 is not the active plan; the active plan is plan-1")
    #expect(
      try refusal(revision) == "there is no active plan, so plan-2 cannot be changed")
    let payment = CaseEvent.paymentReceived(.init(amount: gbp(30_000), on: date("2027-02-01")))
    let short = CaseEvent.planRevised(
      .init(id: "plan-1", on: date("2027-03-01"), schedule: try schedule(100_000), reason: "r"))
    #expect(
      try refusal(short, after: [try agreed(), payment])
        == "the plan adds up to £1,000.00 but £700.00 is owed; "
        + "make the installments add up to £700.00")
    let right = CaseEvent.planRevised(
      .init(id: "plan-1", on: date("2027-03-01"), schedule: try schedule(70_000), reason: "r"))
    #expect(try refusal(right, after: [try agreed(), payment]) == nil)
    let noReason = CaseEvent.planCancelled(.init(id: "plan-1", on: date("2027-03-01"), reason: ""))
    #expect(try refusal(noReason, after: [try agreed()]) == "the reason cannot be empty")
  }

  @Test func aProposalNeedsOptions() throws {
    #expect(
      try refusal(.planProposed(.init(on: date("2026-12-01"), balance: gbp(100_000), options: [])))
        == "a proposal needs at least one option")
  }
}
