import ParleyKit
import Testing

@Suite struct NoGuiltTrippingTests {
  private let rule = "NoGuiltTripping"

  @Test func guiltTripsWarn() {
    assertLint(
      rule, "You're 1️⃣ruining my business2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "How do you 1️⃣sleep at night2️⃣?", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(
      rule, "I 1️⃣can't pay my rent2️⃣ 3️⃣because of you4️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣"), FindingSpec("3️⃣", "4️⃣")])
  }

  @Test func statingTheImpactPlainlyIsFine() {
    assertLint(
      rule, "As a small business, late payment affects my cash flow, so a date would help.",
      findings: [])
  }
}
