import ParleyKit
import Testing

@Suite struct NoPrematureLegalThreatsTests {
  private let rule = "NoPrematureLegalThreats"
  private let earlyCase = ToneContext(today: Day(year: 2026, month: 12, day: 1))
  private let mediationOffered = ToneContext(
    today: Day(year: 2026, month: 12, day: 1), mediationOffered: true)

  @Test func hostileLegalThreatsWarnAtAnyStage() {
    assertLint(rule, "We will 1️⃣take you to court2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
    assertLint(
      rule, "We will 1️⃣take you to court2️⃣.", findings: [FindingSpec("1️⃣", "2️⃣", .warn)],
      context: mediationOffered)
    assertLint(rule, "1️⃣See you in court2️⃣, Steve.", findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(
      rule, "Keep ignoring me and I'll send the 1️⃣bailiffs2️⃣ round.",
      findings: [FindingSpec("1️⃣", "2️⃣")])
    assertLint(
      rule, "I won't hesitate to 1️⃣get my lawyers involved2️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func aLegalStepAsWhatIWillDoIsAThreatWithoutACase() {
    assertLint(
      rule, "I'll have no choice but to take 1️⃣legal action2️⃣.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)])
  }

  @Test func anyMentionBeforeMediationWarnsInACase() {
    assertLint(
      rule, "I have spoken to my 1️⃣lawyer2️⃣ about my options.",
      findings: [FindingSpec("1️⃣", "2️⃣", .warn)], context: earlyCase)
  }

  @Test func aFactualMentionWithoutACaseIsANote() {
    assertLint(
      rule, "I know the 1️⃣court2️⃣ case with your landlord has taken your time.",
      findings: [FindingSpec("1️⃣", "2️⃣", .note)])
  }

  @Test func theLetterBeforeClaimAtTheRightStageIsFine() {
    assertLint(
      rule, "If it is not paid within 14 days, I intend to issue a claim in the County Court.",
      findings: [], context: mediationOffered)
    assertLint(
      rule, "I will issue a claim in the county court.", findings: [],
      context: ToneContext(letterBeforeClaimSent: true))
  }

  @Test func negatedMentionsAreCalm() {
    assertLint(rule, "There's no need for solicitors or court here.", findings: [])
    assertLint(rule, "I'd rather not involve a debt collector.", findings: [])
    assertLint(rule, "I really want to avoid going to court.", findings: [], context: earlyCase)
  }

  @Test func aDisclaimerFollowedThroughIsNotANegation() {
    assertLint(
      rule, "I don't want to 1️⃣take this to court2️⃣, but I will.",
      findings: [FindingSpec("1️⃣", "2️⃣")])
  }

  @Test func aDraftProposingMediationMayNameCourtAsTheLastResort() {
    assertLint(
      rule, "Would you try mediation? If not, the 1️⃣small claims court2️⃣ is the last resort.",
      findings: [FindingSpec("1️⃣", "2️⃣", .note)], context: earlyCase)
  }

  @Test func namesAreNotLawsuits() {
    assertLint(rule, "Hi Sue, thanks for the update.", findings: [])
    assertLint(rule, "I'm going to 1️⃣sue2️⃣ you.", findings: [FindingSpec("1️⃣", "2️⃣")])
  }
}
