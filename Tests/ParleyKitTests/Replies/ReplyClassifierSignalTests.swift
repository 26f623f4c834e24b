import Testing

@testable import ParleyKit

/// One example per kind, with the exact spans that decided it.
@Suite("ReplyClassifier: each signal, with its exact evidence")
struct ReplyClassifierSignalTests {
  @Test("a promise with a day and an amount")
  func promise() {
    let text = "Hi Sam, sorry. I'll pay the £1,200 on Friday."
    expectTriage(
      text, is: .promiseToPay, evidence: [EvidenceSpec(1, 16, "I'll pay", "promise.will-pay")])
    let promise = triage(text).promise
    #expect(promise?.amount == Money(minorUnits: 120_000, currency: .gbp))
    #expect(promise?.amountText == "£1,200")
    #expect(promise?.date?.iso == "2026-12-04")
    #expect(promise?.dateText == "Friday")
  }

  @Test("hardship")
  func hardship() {
    expectTriage(
      "We lost our biggest client and cash flow is awful.", is: .hardship,
      evidence: [
        EvidenceSpec(1, 4, "lost our biggest client", "hardship.cash-flow"),
        EvidenceSpec(1, 32, "cash flow", "hardship.cash-flow"),
      ])
  }

  @Test("a plan, with its two phrases")
  func plan() {
    expectTriage(
      "Could we pay in instalments? Maybe £200 a month?", is: .asksForPlan,
      evidence: [
        EvidenceSpec(1, 14, "in instalments", "plan.instalments"),
        EvidenceSpec(1, 37, "200 a month", "plan.instalments"),
      ])
  }

  @Test("a dispute about the amount, with the sentence it is about")
  func dispute() {
    let text = "Hello.\nThe invoice is wrong — we agreed £1,500, not £2,000."
    expectTriage(
      text, is: .dispute,
      evidence: [
        EvidenceSpec(2, 5, "invoice is wrong", "dispute.amount-wrong"),
        EvidenceSpec(2, 27, "agreed £1,500", "dispute.amount-wrong"),
        EvidenceSpec(2, 42, "not £2,000", "dispute.amount-wrong"),
      ])
    let analysis = triage(text)
    #expect(analysis.disputeTopic == .amountWrong)
    #expect(analysis.disputeAbout == "The invoice is wrong — we agreed £1,500, not £2,000")
  }

  @Test("more time, with the day asked for")
  func moreTime() {
    let text = "Could you allow us until the end of the month?"
    expectTriage(
      text, is: .asksForMoreTime,
      evidence: [EvidenceSpec(1, 11, "allow us until", "more-time.asks")])
    #expect(triage(text).requestedDate?.iso == "2026-12-31")
    #expect(triage(text).requestedDateText == "end of the month")
  }

  @Test("a deflection to accounts")
  func deflection() {
    expectTriage(
      "You'll need to talk to accounts about that.", is: .deflection,
      evidence: [EvidenceSpec(1, 16, "talk to accounts", "deflection.ask-someone-else")])
  }

  @Test("the cheque in the post is a deflection that says it is on its way")
  func onItsWay() {
    let analysis = triage("The cheque is in the post.")
    #expect(analysis.kind == .deflection)
    #expect(analysis.isPaymentOnItsWay)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(1, 15, "in the post", "deflection.on-its-way")
      ])
  }

  @Test("hostility, shouting included")
  func hostile() {
    expectTriage(
      "DO NOT CONTACT ME AGAIN!!!", is: .hostile,
      evidence: [
        EvidenceSpec(1, 1, "DO NOT CONTACT ME", "hostile.stop-contacting"),
        EvidenceSpec(1, 1, "DO NOT CONTACT ME AGAIN", "hostile.shouting"),
      ])
  }

  @Test("censored swearing and emoji are words of their own")
  func censoredAndEmoji() {
    expectTriage(
      "f*** off", is: .hostile, evidence: [EvidenceSpec(1, 1, "f***", "hostile.profanity")])
    expectTriage(
      "Don't text me 🖕", is: .hostile,
      evidence: [
        EvidenceSpec(1, 1, "Don't text me", "hostile.stop-contacting"),
        EvidenceSpec(1, 15, "🖕", "hostile.profanity"),
      ])
  }

  @Test("an acknowledgement is no real answer, and says so")
  func acknowledgement() {
    expectTriage(
      "Thanks, noted.", is: .noRealAnswer,
      evidence: [
        EvidenceSpec(1, 1, "Thanks", "no-answer.acknowledgement"),
        EvidenceSpec(1, 9, "noted", "no-answer.acknowledgement"),
      ])
    #expect(!triage("Thanks, noted.").needsConfirmation)
  }

  @Test("with no signal at all, the reply is no real answer and needs confirming")
  func nothing() {
    let analysis = triage("hey sorry was driving, what's up?")
    #expect(analysis.kind == .noRealAnswer)
    #expect(analysis.evidence.isEmpty)
    #expect(analysis.needsConfirmation)
    #expect(analysis.confidence == 0.5)
  }

  @Test("an automatic reply is no real answer, whatever else it says")
  func automaticReply() {
    let analysis = triage(
      "I am out of the office until 4 January. For payments, contact accounts.")
    #expect(analysis.kind == .noRealAnswer)
    #expect(analysis.isAutomaticReply)
    #expect(analysis.secondary.isEmpty)
    #expect(analysis.confidence == 0.95)
  }

  @Test("an empty reply is no real answer")
  func empty() {
    #expect(triage("").kind == .noRealAnswer)
    #expect(triage("\n\n  \n").kind == .noRealAnswer)
  }
}
