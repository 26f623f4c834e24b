import Testing

@testable import ParleyKit

@Suite("ProcessLadder: where a case stands and what comes next")
struct ProcessLadderTests {
  func ladder(_ builder: CaseBuilder, on iso: String) throws -> LadderState {
    ProcessLadder.state(of: try builder.state(), profile: englandAndWales, now: noon(iso))
  }

  @Test func notYetDueWaits() throws {
    let state = try ladder(CaseBuilder(), on: "2027-01-20")
    #expect(state.current == nil)
    #expect(state.next.action == .waitForPayment)
    #expect(state.next.reason == .notYetDue(due: date("2027-01-31")))
    #expect(state.next.from == date("2027-02-01"))
    #expect(!state.next.isDue(today: state.today))
  }

  @Test func overdueStartsWithAFriendlyReminder() throws {
    let state = try ladder(CaseBuilder(), on: "2027-02-03")
    #expect(state.next.action == .remind)
    #expect(state.next.draft == .friendlyReminder)
    #expect(state.next.reason == .overdue(since: date("2027-01-31")))
    #expect(state.next.isDue(today: state.today))
  }

  @Test func remindersAreSpacedThenACall() throws {
    let one = try ladder(CaseBuilder().contact(.email, "2027-02-02"), on: "2027-02-04")
    #expect(one.current == .remind)
    #expect(one.next.action == .remind)
    #expect(one.next.draft == .firmReminder)
    #expect(one.next.from == date("2027-02-09"))
    let two = try ladder(
      CaseBuilder().contact(.email, "2027-02-02").contact(.email, "2027-02-09"), on: "2027-02-20")
    #expect(two.next.action == .talk)
    #expect(two.next.reason == .remindersSent(count: 2, last: date("2027-02-09")))
    #expect(two.steps(at: .remind).count == 2)
  }

  @Test func aCallWithoutAnArrangementLeadsToMediation() throws {
    let state = try ladder(
      CaseBuilder().contact(.email, "2027-02-02").contact(.email, "2027-02-09")
        .contact(.phone, "2027-02-16"), on: "2027-02-25")
    #expect(state.current == .talk)
    #expect(state.next.action == .offerMediation)
    #expect(state.next.draft == .mediationProposal)
    #expect(state.next.from == date("2027-02-23"))
  }

  @Test func aPromiseOrAPlanOnTrackPausesTheClimb() throws {
    let promised = try ladder(
      CaseBuilder().contact(.phone, "2027-02-16").with(
        .promiseNoted(.init(on: date("2027-02-16"), by: date("2027-02-28")))), on: "2027-02-20")
    #expect(promised.current == .arrange)
    #expect(promised.next.action == .waitForPayment)
    #expect(promised.next.reason == .promisePending(by: date("2027-02-28")))
    let broken = try ladder(
      CaseBuilder().contact(.phone, "2027-02-16").with(
        .promiseNoted(.init(on: date("2027-02-16"), by: date("2027-02-28")))), on: "2027-03-05")
    #expect(broken.next.action == .offerMediation)
    let plan = try ladder(withPlan(), on: "2027-02-15")
    #expect(plan.next.reason == .planOnTrack(nextDue: date("2027-03-01")))
    let missed = try ladder(withPlan(), on: "2027-03-10")
    #expect(missed.next.action == .nudge)
    #expect(missed.next.draft == .missedInstallment)
  }

  @Test func mediationOfferedThenRefusedLeadsToTheLetter() throws {
    let offered = try ladder(
      CaseBuilder().escalate(.mediationOffered, "2027-03-01"), on: "2027-03-05")
    #expect(offered.current == .mediate)
    #expect(offered.next.action == .sendLetterBeforeClaim)
    #expect(offered.next.reason == .mediationOfferPending(offered: date("2027-03-01")))
    #expect(offered.next.from == date("2027-03-15"))
    let refused = try ladder(
      CaseBuilder().escalate(.mediationOffered, "2027-03-01").escalate(
        .mediationRefused, "2027-03-04"),
      on: "2027-03-05")
    #expect(refused.next.reason == .mediationRefused(on: date("2027-03-04")))
    #expect(refused.next.isDue(today: refused.today))
  }

  @Test func theLetterOpensAReplyWindowByDebtorKind() throws {
    let business = try ladder(afterLetter(), on: "2027-03-10")
    #expect(business.current == .formalDemand)
    #expect(business.next.action == .fileSmallClaim)
    #expect(
      business.next.reason == .letterSent(sent: date("2027-03-01"), windowEnds: date("2027-03-15")))
    #expect(business.next.from == date("2027-03-16"))
    let individual = try ladder(
      CaseBuilder(debtor: .individual).escalate(.mediationOffered, "2027-02-10").escalate(
        .letterBeforeClaimSent, "2027-03-01"), on: "2027-03-10")
    #expect(individual.next.from == date("2027-04-01"))  // 30 days: 1 Mar + 30 = 31 Mar
  }

  @Test func aClaimWaitsForTheCourtAndRecoveryEndsTheLadder() throws {
    let filed = try ladder(afterLetter().escalate(.claimFiled, "2027-03-20"), on: "2027-03-25")
    #expect(filed.current == .smallClaim)
    #expect(filed.next.action == .waitForCourt)
    let recovered = try ladder(
      afterLetter().escalate(.passedToRecovery, "2027-04-20"), on: "2027-05-01")
    #expect(recovered.current == .recover)
    #expect(recovered.next.action == .nothing)
    #expect(recovered.reached(.mediate) == date("2027-02-10"))
  }

  @Test func settledCasesHaveNothingToDo() throws {
    let state = try ladder(
      CaseBuilder().with(.paymentReceived(.init(amount: pounds(120_000), on: date("2027-02-05")))),
      on: "2027-02-10")
    #expect(state.next.action == .nothing)
    #expect(state.next.reason == .nothingOwed)
  }

  @Test func voidedEscalationsDoNotCount() throws {
    let builder = CaseBuilder().escalate(.mediationOffered, "2027-03-01").with(
      .void(.init(target: 3, reason: "recorded on the wrong case")))
    let state = try ladder(builder, on: "2027-03-05")
    #expect(state.current == nil)
    #expect(state.next.action == .remind)
  }
}

@Suite("ProcessLadder: next follows what happened on the call")
struct ProcessLadderAfterACallTests {
  @Test func afterACallWhereTheyOfferedToPayTheNextStepIsToArrangeThePlan() throws {
    let called = CaseBuilder(invoice: 120_000, due: "2026-10-01").contact(.phone, "2026-11-20")
    let without = ProcessLadder.state(
      of: try called.state(), profile: englandAndWales, now: noon("2026-12-04"))
    #expect(without.next.action == .offerMediation)
    var flow = CashFlow()
    flow.theirs.capacity = PaymentCapacity(amount: pounds(50_000), per: .month)
    let offered = try called.with(.cashFlowNoted(.init(answers: flow))).state()
    let next = ProcessLadder.state(of: offered, profile: englandAndWales, now: noon("2026-12-04"))
      .next
    #expect(next.action == .arrangePlan)
    #expect(next.draft == .planProposal)
    #expect(next.reason == .clientCanPay(pounds(50_000), per: .month))
  }
}
