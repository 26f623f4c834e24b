import ParleyKit
import Testing

@Suite struct NoUnreasonableUltimatumsTests {
  private let rule = "NoUnreasonableUltimatums"
  private let dated = ToneContext(hasCase: false, today: Day(year: 2026, month: 12, day: 1))

  @Test func shortPaymentDeadlinesWarn() {
    assertLint(rule, "Pay invoice 42 1️⃣within 24 hours2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "I need the £1,500 1️⃣by tonight2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(rule, "Pay 1️⃣by Friday2️⃣ please.", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(rule, "1️⃣You have 48hrs2️⃣ to pay.", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(
      rule, "Please pay the £800 1️⃣by 4 December2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣")],
      context: dated)
  }

  @Test func reasonableDeadlinesAreFine() {
    assertLint(rule, "Please pay within 14 days, or within 7 days if you can.", findings: [])
    assertLint(rule, "Please pay the £800 by 15 December.", findings: [], context: dated)
    assertLint(rule, "Please pay the £800 by 4 December.", findings: [])
    assertLint(rule, "Please pay within 5 working days.", findings: [])
  }

  @Test func aDeadlineToReplyIsNotAnUltimatum() {
    assertLint(rule, "Could you let me know by Friday when payment will be made?", findings: [])
    assertLint(rule, "I'll reply within 24 hours.", findings: [])
  }
}
