import ParleyKit
import Testing

@Suite struct NoInsultsTests {
  private let rule = "NoInsults"

  @Test func nameCallingStops() {
    assertLint(rule, "You're a 1️⃣liar2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(rule, "Pay up, 1️⃣you scammers2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
  }

  @Test func insultingAdjectivesWarn() {
    assertLint(
      rule, "Your team is completely 1️⃣incompetent2️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
  }

  @Test func noMatchInsideOtherWords() {
    assertLint(
      rule, "The foolproof plan: a scampi lunch, then a class on fraudulence-free accounts.",
      findings: [])
  }

  @Test func selfDeprecationIsNotAnInsult() {
    assertLint(rule, "I feel like an idiot, I sent the wrong invoice.", findings: [])
  }

  @Test func quotedInsultsAreTheClients() {
    assertLint(rule, "You called me “a useless clown”. I'd still like to settle.", findings: [])
  }
}
