import Testing

@testable import ParleyKit

@Suite("Guidance: words with typed steps in place")
struct GuidanceTests {
  @Test("interpolation keeps each step typed, in place, and values as their text")
  func interpolation() {
    let days = 14
    let guidance: Guidance =
      "Offer mediation first (\(.draft(.mediationProposal))), wait \(days) days, "
      + "then record it (\(.escalate(.mediationOffered)))."
    #expect(
      guidance.parts == [
        .text("Offer mediation first ("), .step(.draft(.mediationProposal)),
        .text("), wait 14 days, then record it ("), .step(.escalate(.mediationOffered)),
        .text(")."),
      ])
    #expect(guidance.steps == [.draft(.mediationProposal), .escalate(.mediationOffered)])
    #expect(
      guidance.text { "[\($0 == .draft(.mediationProposal) ? "draft" : "escalate")]" }
        == "Offer mediation first ([draft]), wait 14 days, then record it ([escalate]).")
  }

  @Test("law: the same words compare equal however they were built")
  func equalityIgnoresHowItWasBuilt() {
    let whole: Guidance = "run \(.verify) to check it"
    let pieces = Guidance("run ") + "\(.verify)" + Guidance("") + " to check " + "it"
    #expect(whole == pieces)
    #expect(Guidance(parts: [.text("a"), .text(""), .text("b")]) == Guidance("ab"))
    #expect(Guidance("") == Guidance(parts: []))
    #expect(Guidance("plain").steps.isEmpty)
  }

  @Test("guidance placed in guidance keeps its steps")
  func nesting() {
    let inner: Guidance = "use \(.draft(.firmReminder))"
    let outer: Guidance = "state the facts: \(inner), then wait"
    #expect(outer.steps == [.draft(.firmReminder)])
    #expect(outer == "state the facts: use \(.draft(.firmReminder)), then wait")
  }

  @Test("errors, findings, warnings and the ladder point to steps, not commands")
  func kitResultsCarryTypedSteps() {
    #expect(CaseError.notOpenedFirst.message.steps == [.verify])
    #expect(CaseError.alreadyOpened.message.steps == [.newCase])
    #expect(CaseError.noSuchEntry(9, last: 3).message.steps == [.showAll])
    #expect(CaseError.duplicateInvoice("INV-1").message.steps.isEmpty)
    #expect(DraftError.noAgreedPlan(.planConfirmation).message.steps == [.agreePlan])
    #expect(DraftError.wholeBalanceDisputed(.firmReminder).message.steps == [.disputeAmount])
  }

  @Test("a guard warning's instead names the steps that take the proper route")
  func guardStepsAreTyped() throws {
    let state = try CaseBuilder().state()
    let warnings = ProcessGuard.check(
      .escalate(.claimFiled), state: state, profile: englandAndWales, now: noon("2027-03-20"))
    let skip = try #require(warnings.first { $0.rule == .skipMediation })
    #expect(skip.instead.steps == [.draft(.mediationProposal), .escalate(.mediationOffered)])
    let letter = try #require(warnings.first { $0.rule == .claimBeforeLetter })
    #expect(
      letter.instead.steps == [.draft(.letterBeforeClaim), .escalate(.letterBeforeClaimSent)])
  }

  @Test("the ladder's next step carries its draft, or what to record once it is done")
  func ladderStepsAreTyped() throws {
    let overdue = try CaseBuilder().state()
    let remind = ProcessLadder.state(of: overdue, profile: englandAndWales, now: noon("2027-02-10"))
    #expect(remind.next.suggestion == .draft(.friendlyReminder))
    #expect(remind.next.draft == .friendlyReminder)
    let afterLetter = try CaseBuilder().escalate(.mediationOffered, "2027-02-10")
      .escalate(.mediationRefused, "2027-02-20").escalate(.letterBeforeClaimSent, "2027-03-01")
      .state()
    let claim = ProcessLadder.state(
      of: afterLetter, profile: englandAndWales, now: noon("2027-03-20"))
    #expect(claim.next.action == .fileSmallClaim)
    #expect(claim.next.suggestion == .escalate(.claimFiled))
    #expect(claim.next.draft == nil)
  }
}
