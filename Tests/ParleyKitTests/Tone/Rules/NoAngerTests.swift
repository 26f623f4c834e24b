import ParleyKit
import Testing

@Suite struct NoAngerTests {
  private let rule = "NoAnger"

  @Test func angerWarns() {
    assertLint(
      rule, "1️⃣I am absolutely furious2️⃣ that invoice 55 is unpaid.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "I'm 1️⃣fed up with2️⃣ chasing.", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(rule, "1️⃣How dare you2️⃣ ignore me?", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(
      rule, "This is 1️⃣completely unacceptable2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func plainDisappointmentIsCalm() {
    assertLint(
      rule, "Unfortunately I'm disappointed that invoice 7 is still outstanding and overdue.",
      findings: [])
    assertLint(rule, "This is unacceptable to my cash flow, but I understand.", findings: [])
  }

  @Test func negatedAngerIsCalm() {
    assertLint(rule, "I'm not angry, just keen to resolve this.", findings: [])
  }
}
