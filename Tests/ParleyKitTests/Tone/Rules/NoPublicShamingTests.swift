import ParleyKit
import Testing

@Suite struct NoPublicShamingTests {
  private let rule = "NoPublicShaming"

  @Test func shamingStops() {
    assertLint(
      rule, "I'll be 1️⃣leaving a review2️⃣ on Google.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(
      rule, "I'm going to 1️⃣post about this on LinkedIn2️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(
      rule, "I'm 1️⃣contacting your employer2️⃣ on Monday.",
      findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(rule, "I'll 1️⃣tell everyone2️⃣ what you're like.", findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func negationDoesNotExcuseIt() {
    assertLint(
      rule, "I won't be 1️⃣sharing this on social media2️⃣ yet.", findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func privateContactIsFine() {
    assertLint(
      rule, "Could you pass this to your accounts team? I'll review the PDF on Monday.",
      findings: [])
    assertLint(rule, "Once your client pays you, could you pay my invoice?", findings: [])
  }
}
