import ParleyKit
import Testing

@Suite struct NoShoutingTests {
  private let rule = "NoShouting"

  @Test func capitalsAndMarksWarn() {
    assertLint(rule, "1️⃣PAY YOUR INVOICE2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "Waiting since 1️⃣JUNE2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "It is overdue1️⃣!!!2️⃣ Pay.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(rule, "Where is my money1️⃣?!2️⃣", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
  }

  @Test func acronymsCodesAndHeadingsAreFine() {
    assertLint(
      rule,
      "FINAL NOTICE\n\nThe VAT on INV-042 (PDF attached) is £90. OK to pay by BACS? A CCJ is not the UK way.",
      findings: [])
    assertLint(rule, "Thanks,\nJo\n--\nJO SMITH DESIGN LTD\nVAT No. GB123", findings: [])
  }

  @Test func cheerfulMarksAreANote() {
    assertLint(rule, "Thanks1️⃣!!2️⃣ Loved it.", findings: [FindingSpec("1️⃣", "2️⃣", .note)])
  }
}
