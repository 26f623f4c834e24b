import ParleyKit
import Testing

@Suite struct NoPesteringTests {
  private let rule = "NoPestering"
  private let today = date("2026-12-01")

  @Test func countingRemindersWarns() {
    assertLint(
      rule, "This is 1️⃣the third time2️⃣ I've asked.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(
      rule, "1️⃣Still waiting for2️⃣ my money.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(
      rule, "Reminding you 1️⃣again2️⃣ about invoice 88.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "I'm writing 1️⃣again2️⃣ about it.", findings: [FindingSpec("1️⃣", "2️⃣", .note)])
  }

  @Test func thanksAgainIsFine() {
    assertLint(rule, "Thanks again for the great project!", findings: [])
  }

  private func paced(_ holds: ContactPacing.Hold...) -> ToneContext {
    ToneContext(today: today, pacing: ContactPacing(today: today, holds: holds))
  }

  @Test func tooSoonAfterTheLastMessage() {
    assertLint(
      rule, "1️⃣Hi Sam, a quick reminder about invoice 422️⃣.\nThanks",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)],
      context: paced(.tooSoon(last: date("2026-11-30"), days: 7)))
    let report = ToneChecker.check(
      "Hi Sam, a quick reminder about invoice 42.",
      context: paced(.tooSoon(last: date("2026-11-30"), days: 7)))
    #expect(report.findings.first?.advice == "wait 6 more days (2026-12-07) before sending")
    assertLint(
      rule, "Hi Sam, a quick reminder about invoice 42.", findings: [],
      context: paced())
  }

  @Test func tooManyMessages() {
    let report = ToneChecker.check(
      "Hi, checking in.",
      context: paced(
        .overBudget(count: 8, maximum: 8, until: date("2026-12-05"))))
    #expect(report.findings.filter { $0.ruleID == rule }.count == 1)
    #expect(report.findings.first?.why.contains("message 9 in 30 days") == true)
    #expect(report.verdict == .revise)
  }

  @Test func beforeAPromisedDateOrWhileAPlanIsOnTrack() {
    let promised = paced(.promised(by: date("2026-12-10")))
    #expect(ToneChecker.check("Any update?", context: promised).verdict == .revise)
    #expect(ToneChecker.check("Any update?", context: paced()).verdict == .send)
    let plan = paced(.planOnTrack(nextDue: nil))
    #expect(ToneChecker.check("Any update?", context: plan).verdict == .revise)
    #expect(ToneChecker.check("Any update?", context: .none).verdict == .send)
  }
}

@Suite("NoPestering: a confirmation of what was agreed on a call is not a chase")
struct NoPesteringConfirmationTests {
  @Test func theConfirmationEmailPassesRightAfterTheCallWithAPromiseThisWeek() throws {
    let today = date("2026-12-04")
    let state = try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .contact(.phone, "2026-12-04")
      .with(.promiseNoted(.init(on: today, by: date("2026-12-11"), amount: pounds(60_000))))
      .state()
    let profile = builtInProfile("gb-ewl")
    let facts = DraftFacts(
      state: state, today: today,
      extra: DraftExtras(agreedAmount: pounds(60_000), agreedDate: date("2026-12-11")),
      profile: profile)
    let draft = try DraftRenderer.render(.callConfirmation, facts: facts, variant: .email)
    let context = ToneContext(state: state, today: today, profile: profile)
    let report = ToneChecker.check(draft.fullText, context: context)
    #expect(report.findings.filter { $0.ruleID == "NoPestering" }.isEmpty, "\(report.findings)")
    // The same day, a reminder is still held.
    let reminder = ToneChecker.check(
      "Just a reminder that invoice INV-1 is unpaid.", context: context)
    #expect(reminder.findings.contains { $0.ruleID == "NoPestering" })
  }
}
