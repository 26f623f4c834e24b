import ParleyKit
import Testing

@Suite struct NoThreatsOfHarmTests {
  private let rule = "NoThreatsOfHarm"

  @Test func threatsOfHarmStop() {
    assertLint(rule, "Pay up 1️⃣or you'll regret it2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(rule, "I 1️⃣know where you live2️⃣, Dave.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(
      rule, "I can 1️⃣make things very unpleasant2️⃣ for you.",
      findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
  }

  @Test func consequencesAndWarningsWarn() {
    assertLint(
      rule, "There will 1️⃣be consequences2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "1️⃣Last warning2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "Pay now 1️⃣or else2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
  }

  @Test func aDisclaimerIsStillAThreat() {
    assertLint(
      rule, "1️⃣I’m not threatening you2️⃣, but I will take you to court.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(
      rule, "1️⃣This isn't a threat2️⃣, 3️⃣it's a promise4️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣"), FindingSpec("3️⃣", "4️⃣")])
  }

  @Test func negatedConsequencesAndFactsAreCalm() {
    assertLint(rule, "There won't be any consequences for a late reply.", findings: [])
    assertLint(
      rule, "The consequences of late payment are set out in clause 8.", findings: [])
  }

  @Test func quotedThreatsAreTheClients() {
    assertLint(rule, "You wrote: \"you'll regret this\". I'd rather talk.", findings: [])
    assertLint(rule, "> You will regret this.\n\nCould we talk on Monday?", findings: [])
  }
}
