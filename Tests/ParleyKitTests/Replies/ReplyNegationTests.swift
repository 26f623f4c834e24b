import Testing

@testable import ParleyKit

/// Negation turns one kind into another, or cancels it, and stops at a clause.
@Suite("ReplyClassifier: negation")
struct ReplyNegationTests {
  @Test("\"we can't pay\" is hardship, from the negated promise")
  func cannotPay() {
    let analysis = triage("we can't pay")
    #expect(analysis.kind == .hardship)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(1, 1, "we can't pay", "hardship.cannot-pay")
      ])
    #expect(analysis.evidence.first?.isNegated == true)
  }

  @Test("\"we will pay\" is a promise")
  func willPay() {
    let analysis = triage("we will pay")
    #expect(analysis.kind == .promiseToPay)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(1, 4, "will pay", "promise.will-pay")
      ])
  }

  @Test("\"we won't be paying until the work is fixed\" is a dispute about quality")
  func refusalUntilFixed() {
    let analysis = triage("We won't be paying until the work is fixed.")
    #expect(analysis.kind == .dispute)
    #expect(analysis.disputeTopic == .quality)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(1, 4, "won't be paying", "dispute.refuses-to-pay"),
        EvidenceSpec(1, 20, "until the work is fixed", "dispute.until-fixed"),
      ])
  }

  @Test("a negation a few words back counts: \"I don't think we'll be able to pay\"")
  func negationLooksBack() {
    let analysis = triage("I don't think we'll be able to pay this month.")
    #expect(analysis.kind == .hardship)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(1, 3, "don't think we'll be able to pay", "hardship.cannot-pay")
      ])
  }

  @Test("a comma or \"but\" ends a negation's reach")
  func clauseEndsNegation() {
    #expect(triage("No problem, I'll pay it Monday.").kind == .promiseToPay)
    #expect(triage("I won't forget, I'll pay Friday.").kind == .promiseToPay)
    #expect(triage("Not ideal but we will pay on Friday.").kind == .promiseToPay)
  }

  @Test("a negated refusal is no refusal")
  func negatedRefusal() {
    let analysis = triage("We're not refusing to pay, we just need a couple more weeks.")
    #expect(analysis.kind == .asksForMoreTime)
    #expect(!analysis.secondary.contains(.dispute))
  }

  @Test("without a subject, \"can't pay\" is still hardship")
  func cannotPayWithoutSubject() {
    #expect(triage("waiting on our customer and can't pay anyone till then").kind == .hardship)
  }

  @Test("apostrophes may be curly or missing")
  func apostrophes() {
    #expect(triage("we can’t pay").kind == .hardship)
    #expect(triage("we cant pay").kind == .hardship)
    #expect(triage("we cannot pay").kind == .hardship)
    #expect(triage("We won’t be paying until it’s fixed").kind == .dispute)
  }
}
