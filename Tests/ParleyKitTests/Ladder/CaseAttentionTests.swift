import Testing

@testable import ParleyKit

@Suite("CaseAttention: what needs attention today in a case")
struct CaseAttentionTests {
  let profile = builtInProfile("gb-ewl")

  @Test func anOverdueCaseWithAnUnansweredMessageAndABrokenPromise() throws {
    let state = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(.promiseNoted(.init(on: date("2026-11-20"), by: date("2026-11-30"))))
      .contact(.email, "2026-12-02", .inbound)
      .state()
    let attention = CaseAttention(state: state, profile: profile, today: date("2026-12-04"))
    #expect(
      attention.items == [
        .promiseBroken(by: date("2026-11-30")), .replyWaiting(since: date("2026-12-02")),
        .overdue(pounds(120_000), days: 64),
      ])
    #expect(attention.nextContactDay != nil)
  }

  @Test func aKeptPlanWaitsForItsNextInstallment() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: pounds(120_000), count: 3, frequency: .monthly, firstDue: date("2026-12-07"))
    let state = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(.planAgreed(.init(id: "plan-1", on: date("2026-11-20"), schedule: schedule)))
      .state()
    let attention = CaseAttention(state: state, profile: profile, today: date("2026-12-04"))
    #expect(attention.items.first == .installmentDue(pounds(40_000), on: date("2026-12-07")))
    // No chase before the installment falls due.
    #expect(attention.nextContactDay == date("2026-12-07"))
  }

  @Test func looksAsManyDaysAheadAsAskedForInstallmentsAndPromises() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: pounds(120_000), count: 3, frequency: .monthly, firstDue: date("2026-12-07"))
    let plan = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(.planAgreed(.init(id: "plan-1", on: date("2026-11-20"), schedule: schedule)))
      .state()
    let today = CaseAttention(
      state: plan, profile: profile, today: date("2026-12-04"), daysAhead: 0)
    #expect(!today.items.contains(.installmentDue(pounds(40_000), on: date("2026-12-07"))))
    let threeDays = CaseAttention(
      state: plan, profile: profile, today: date("2026-12-04"), daysAhead: 3)
    #expect(threeDays.items.first == .installmentDue(pounds(40_000), on: date("2026-12-07")))

    let promised = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(
        .promiseNoted(.init(on: date("2026-12-01"), by: date("2026-12-10"), amount: pounds(500)))
      )
      .state()
    let week = CaseAttention(state: promised, profile: profile, today: date("2026-12-04"))
    #expect(week.items.contains(.promiseDue(pounds(500), by: date("2026-12-10"))))
    let day = CaseAttention(
      state: promised, profile: profile, today: date("2026-12-04"), daysAhead: 1)
    #expect(!day.items.contains(.promiseDue(pounds(500), by: date("2026-12-10"))))
    // Kept: paid since it was made.
    let kept = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .with(
        .promiseNoted(.init(on: date("2026-12-01"), by: date("2026-12-10"), amount: pounds(500)))
      )
      .with(.paymentReceived(.init(amount: pounds(500), on: date("2026-12-03"))))
      .state()
    #expect(
      !CaseAttention(state: kept, profile: profile, today: date("2026-12-04")).items.contains {
        if case .promiseDue = $0 { true } else { false }
      })
  }
}
