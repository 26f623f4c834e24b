import ParleyKit
import Testing

@Suite struct NoPesteringTests {
  private let rule = "NoPestering"
  private let today = Day(year: 2026, month: 12, day: 1)

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

  @Test func tooSoonAfterTheLastMessage() {
    assertLint(
      rule, "1️⃣Hi Sam, a quick reminder about invoice 422️⃣.\nThanks",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)],
      context: ToneContext(today: today, daysSinceLastOutboundContact: 1))
    assertLint(
      rule, "Hi Sam, a quick reminder about invoice 42.", findings: [],
      context: ToneContext(today: today, daysSinceLastOutboundContact: 3))
  }

  @Test func tooManyMessages() {
    let report = ToneChecker.check(
      "Hi, checking in.",
      context: ToneContext(outboundContactsLast7Days: 3, outboundContactsLast30Days: 8))
    #expect(report.findings.filter { $0.ruleID == rule }.count == 2)
    #expect(report.verdict == .revise)
  }

  @Test func beforeAPromisedDateOrWhileAPlanIsOnTrack() {
    let promised = ToneContext(
      today: today, promisedPaymentDate: Day(year: 2026, month: 12, day: 10))
    #expect(ToneChecker.check("Any update?", context: promised).verdict == .revise)
    let passed = ToneContext(today: today, promisedPaymentDate: Day(year: 2026, month: 11, day: 30))
    #expect(ToneChecker.check("Any update?", context: passed).verdict == .send)
    let plan = ToneContext(planInstallmentNotYetLate: true)
    #expect(ToneChecker.check("Any update?", context: plan).verdict == .revise)
    #expect(ToneChecker.check("Any update?", context: .none).verdict == .send)
  }
}
