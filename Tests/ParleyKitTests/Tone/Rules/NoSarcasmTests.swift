import ParleyKit
import Testing

@Suite struct NoSarcasmTests {
  private let rule = "NoSarcasm"

  @Test func stockPhrasesWarn() {
    assertLint(
      rule, "1️⃣As per my last email2️⃣, invoice 42 is overdue.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(
      rule, "1️⃣I’m sure you’re very busy2️⃣, but 3️⃣some of us have bills to pay4️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣"), FindingSpec("3️⃣", "4️⃣")])
    assertLint(rule, "Thanks so much 1️⃣for finally2️⃣ replying.", findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func plainFollowUpsAreCalm() {
    assertLint(
      rule, "Following up on my email of 4 November. As agreed, I've put the invoice in the post.",
      findings: [])
    assertLint(rule, "I appreciate you're busy; could you pass this to accounts?", findings: [])
  }
}
