import ParleyKit
import Testing

@Suite struct NoProfanityTests {
  private let rule = "NoProfanity"

  @Test func swearingIsFound() {
    assertLint(
      rule, "Where 1️⃣the fuck2️⃣ is my money?", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "It's been two 1️⃣bloody2️⃣ months.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "This is 1️⃣bullshit2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
  }

  @Test func starredAndFullwidthSwearing() {
    assertLint(rule, "1️⃣F***2️⃣ this.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
    assertLint(rule, "What a 1️⃣ｓｈｉｔｅ2️⃣ week.", findings: [FindingSpec("1️⃣", "2️⃣", .stop)])
  }

  @Test func wordsThatContainSwearingAreFine() {
    assertLint(
      rule, "The Scunthorpe class will assess the cocktails; Dick passed the Essex shitake test.",
      findings: [])
    assertLint(rule, "See the note below*. **Important**: pay by card.", findings: [])
  }
}
