import Testing

@testable import ParleyKit

@Suite("DraftRenderer: every kind, both variants, a range of cases")
struct DraftRendererGridTests {
  @Test(arguments: DraftCases.all, DraftKind.allCases)
  func rendersWellFormedDraftsOrSaysWhatIsMissing(_ draftCase: DraftCase, _ kind: DraftKind)
    throws
  {
    let facts = try draftCase.facts()
    for variant in DraftVariant.allCases {
      guard kind.isWritable(from: facts) else {
        #expect(throws: DraftError.self) {
          try DraftRenderer.render(kind, facts: facts, variant: variant)
        }
        continue
      }
      let draft = try DraftRenderer.render(kind, facts: facts, variant: variant)
      #expect(draft.kind == kind)
      #expect(draft.variant == variant)
      DraftChecks.expectWellFormed(draft, facts: facts)
      DraftToneSelfCheck.expectCalm(draft, facts: facts)
    }
  }

  @Test(arguments: DraftCases.all, DraftKind.allCases)
  func bothVariantsAgreeOnTheDeadline(_ draftCase: DraftCase, _ kind: DraftKind) throws {
    let facts = try draftCase.facts()
    guard kind.isWritable(from: facts) else { return }
    let email = try DraftRenderer.render(kind, facts: facts, variant: .email)
    let short = try DraftRenderer.render(kind, facts: facts, variant: .shortMessage)
    #expect(email.replyBy == short.replyBy)
    #expect(email.notes == short.notes)
    // A deadline that lands on a weekend or bank holiday moves to the next business day.
    let businessDay = { (days: Int) in
      facts.today.adding(days: days).rolledForwardToBusinessDay(holidays: facts.holidays)
    }
    if kind == .letterBeforeClaim {
      let rules = facts.letterBeforeClaimRules ?? .elsewhere
      #expect(email.replyBy == businessDay(rules.replyDays))
    } else if let days = kind.defaultResponseDays {
      #expect(email.replyBy == businessDay(days))
    } else {
      #expect(email.replyBy == nil)
    }
  }

  @Test(arguments: DraftCases.all)
  func theSameFactsGiveTheSameDraft(_ draftCase: DraftCase) throws {
    let facts = try draftCase.facts()
    let first = try DraftRenderer.render(.cantPayReply, facts: facts, variant: .email)
    let again = try DraftRenderer.render(.cantPayReply, facts: facts, variant: .email)
    #expect(first == again)
  }

  @Test(arguments: DraftCases.all)
  func aCallConfirmationStatesTheAgreedAmountAndDay(_ draftCase: DraftCase) throws {
    let facts = try draftCase.facts()
    for variant in DraftVariant.allCases {
      let draft = try DraftRenderer.render(.callConfirmation, facts: facts, variant: variant)
      #expect(draft.body.contains(facts.extras.agreedAmount?.formatted ?? "?"))
      #expect(draft.body.contains(facts.extras.agreedDate.map(facts.locale.words) ?? "?"))
    }
  }

  @Test func aPlanConfirmationListsEveryInstallmentOfThePlan() throws {
    for draftCase in [DraftCases.unal, DraftCases.renee] {
      let facts = try draftCase.facts()
      let draft = try DraftRenderer.render(.planConfirmation, facts: facts, variant: .email)
      let schedule = try #require(facts.plan?.schedule)
      for installment in schedule.installments {
        #expect(
          draft.body.contains(
            "\(installment.number). \(installment.amount.formatted) on \(installment.due.inWords)"))
      }
      #expect(draft.body.contains(schedule.total.formatted))
    }
  }

  @Test func aPlanProposalListsEveryOptionOfTheLastProposal() throws {
    let facts = try DraftCases.smithAndSons.facts()
    let options = try #require(facts.proposal?.options)
    let email = try DraftRenderer.render(.planProposal, facts: facts, variant: .email)
    let short = try DraftRenderer.render(.planProposal, facts: facts, variant: .shortMessage)
    for (index, option) in options.enumerated() {
      #expect(email.body.contains("Option \(index + 1): "))
      #expect(email.body.contains(DraftLocale.american.words(option.schedule.first.due)))
      #expect(short.body.contains("\(index + 1)) "))
      #expect(short.body.contains(option.regularAmount.formatted))
    }
  }
}
