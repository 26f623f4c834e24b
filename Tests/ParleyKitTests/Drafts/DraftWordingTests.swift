import Testing

@testable import ParleyKit

@Suite("DraftRenderer: wording for particular facts")
struct DraftWordingTests {
  let today = DraftCases.today

  func body(
    _ kind: DraftKind, _ draftCase: DraftCase, extra: DraftExtras = .init(),
    variant: DraftVariant = .email
  ) throws -> String {
    try DraftRenderer.render(kind, facts: try draftCase.facts(extra: extra), variant: variant)
      .body
  }

  @Test func aPartPaymentAgreedOnACallLeavesTheRestOpen() throws {
    let extra = DraftExtras(agreedAmount: draftMoney(50_000), agreedDate: date("2026-12-18"))
    let text = try body(.callConfirmation, DraftCases.acme, extra: extra)
    #expect(
      text.contains(
        "Acme Ltd will pay £500.00 of the £1,200.00 balance on invoice INV-042 by Friday 18 "
          + "December 2026."))
    #expect(
      text.contains("That leaves £700.00, which I will be in touch about after that payment."))
  }

  @Test func aRecentCallIsNamedAnOldOneIsNot() throws {
    let extra = DraftExtras(agreedAmount: draftMoney(250_000), agreedDate: date("2026-12-18"))
    #expect(
      try body(.callConfirmation, DraftCases.renee, extra: extra).contains(
        "Thank you for speaking with me today."))
    let old = DraftExtras(agreedAmount: draftMoney(200_000, .eur), agreedDate: date("2026-12-18"))
    #expect(
      try body(.callConfirmation, DraftCases.unal, extra: old).contains(
        "Thank you for talking this through with me."))
  }

  @Test func aDisputeOfTheWholeBalanceAsksOnlyForSpecifics() throws {
    let extra = DraftExtras(disputedAmount: draftMoney(120_000), disputeAbout: "  the design  ")
    let text = try body(.disputeReply, DraftCases.acme, extra: extra)
    #expect(text.contains("As I understand it, your point is: the design."))
    #expect(text.contains("You dispute the whole balance of £1,200.00"))
    // "Dispute", the word the client and a court use, never "query".
    #expect(!text.contains("quer"))
    #expect(!text.contains("not in question"))
    let short = try body(.disputeReply, DraftCases.acme, extra: extra, variant: .shortMessage)
    #expect(short.contains("Could you tell me by Thursday 24 December 2026 specifically what"))
  }

  @Test func aMediationProposalNamesTheProviderWhenGiven() throws {
    let extra = DraftExtras(
      responseDays: 21, mediationProvider: "the Small Claims Mediation Service",
      mediationDetails: "It is a one-hour phone call")
    let text = try body(.mediationProposal, DraftCases.acme, extra: extra)
    #expect(
      text.contains("I suggest the Small Claims Mediation Service. It is a one-hour phone call."))
    // In England & Wales the court's free service starts only once a claim is defended.
    #expect(
      text.contains(
        "Before any claim, mediation is arranged privately, usually for a modest fee that can "
          + "be shared; the court's free mediation service, for small claims of up to £10,000, is "
          + "offered only once a claim has been "
          + "issued and defended."))
    #expect(!text.contains("usually free"))
    #expect(text.contains("Thursday 31 December 2026"))
  }

  @Test func aUSCaseSpellsInstallmentTheAmericanWay() throws {
    let text = try body(.planProposal, DraftCases.smithAndSons)
    #expect(text.contains("monthly installments"))
    #expect(!text.contains("instalment"))
    #expect(try body(.planProposal, DraftCases.renee).contains("monthly instalments"))
  }

  @Test func aReplyThanksTheClientForTheirMessage() throws {
    let text = try body(.cantPayReply, DraftCases.smithAndSons)
    #expect(
      text.contains(
        "Thank you for your message of Tuesday, December 1, 2026, and for letting me know where "
          + "things stand."))
    #expect(
      try body(.cantPayReply, DraftCases.acme).contains(
        "Dear Jane,\n\nThank you for letting me know where things stand."))
  }

  @Test func aBusinessWithNoNamedContactIsGreetedPolitely() throws {
    #expect(try body(.firmReminder, DraftCases.harbour).hasPrefix("Dear accounts team,\n\n"))
    #expect(try body(.letterBeforeClaim, DraftCases.harbour).contains("\n\nDear Sir or Madam,\n\n"))
    #expect(
      try body(.firmReminder, DraftCases.harbour, variant: .shortMessage).hasPrefix(
        "Hello, this is a reminder that invoices HSB-2026-0117 and HSB-2026-0131 to The Harbour"))
  }

  @Test func aNameEndingInAFullStopEndsASentenceOnce() throws {
    let text = try body(.cantPayReply, DraftCases.smithAndSons)
    #expect(text.contains("for invoice A-1009 to Smith & Sons Landscaping, Inc.\n"))
    #expect(DraftWriter.closingDoubleStops("Inc.. Wait... ok.") == "Inc. Wait... ok.")
  }

  @Test func aLetterToABusinessFollowsThePracticeDirection() throws {
    let text = try body(.letterBeforeClaim, DraftCases.acme)
    #expect(
      text.contains(
        "I am writing in line with the Practice Direction on Pre-Action Conduct and "
          + "Protocols, so that you have the chance to pay or to respond before I take any "
          + "further step. Please pay the balance of £1,200.00 by Thursday 24 December 2026"))
    #expect(text.contains("Enclosures:\n- Statement of account"))
    #expect(!text.contains("Information Sheet"))
    #expect(
      text.hasPrefix(
        "Sam Lee\nSam Lee Studio\n\nJane Smith\nAcme Ltd\n\nThursday 10 December 2026\n\nDear Jane,"
      ))
  }

  @Test func aLetterElsewhereCitesNoRuleAndSaysSoInTheNotes() throws {
    // Ünal & Søn before their plan: a case under the generic profile.
    let beforePlan = DraftCase(
      label: "generic", events: Array(DraftCases.unal.events.prefix(3)), today: today,
      sender: "Sam Lee")
    let draft = try DraftRenderer.render(
      .letterBeforeClaim, facts: try beforePlan.facts(), variant: .email)
    #expect(!draft.body.contains("Practice Direction"))
    #expect(!draft.body.contains("Protocol"))
    #expect(
      draft.notes.first?.testText.contains(
        "no pre-action rules in parley for this jurisdiction yet")
        == true)
    let california = try DraftRenderer.render(
      .letterBeforeClaim, facts: try DraftCases.smithAndSons.facts(), variant: .email)
    // California's profile names its rule: ask for payment before filing a small claim.
    #expect(
      california.body.contains(
        "California law asks me to request payment before filing a small claim (Code of Civil "
          + "Procedure §116.320(b)); this letter is that request."))
    #expect(california.subject?.hasPrefix("Final demand for payment:") == true)
    #expect(!california.body.contains("Letter before claim"))
    #expect(!california.notes.map(\.testText).joined().contains("Pre-Action Protocol"))
    #expect(california.notes.first?.testText.contains("Source: California, US profile") == true)
  }

  @Test func aPlanConfirmationStatesTheLateChargesAndTheFirstPayment() throws {
    let text = try body(.planConfirmation, DraftCases.renee)
    #expect(
      text.contains(
        "The late-payment charges of £70.00 are waived as long as every instalment is paid on "
          + "time."))
    #expect(text.contains("1. £500.00 on Friday 18 December 2026 (deposit)"))
    #expect(text.contains("The first instalment, £500.00, is due on Friday 18 December 2026."))
  }

  @Test func aNudgeThanksForWhatWasPaidAndNamesTheMissedInstallment() throws {
    let text = try body(.missedInstallment, DraftCases.unal)
    #expect(
      text.contains(
        "I have not received instalment 2 of our payment plan for invoice F/2026/88 to Ünal & Søn "
          + "ApS: €1,000.00, due on Wednesday 2 December 2026."))
    #expect(text.contains("Thank you for the €1,000.00 paid so far under the plan."))
  }

  @Test func schedulesAreSummarisedByShape() throws {
    let writer = try DraftWriter(facts: try DraftCases.acme.facts())
    let balance = draftMoney(100_000)
    let equal = try InstallmentSchedule.equal(
      balance: balance, count: 3, frequency: .monthly, firstDue: date("2027-01-29"))
    #expect(
      writer.scheduleSummary(equal, short: false)
        == "3 monthly instalments of £333.33 (the last £333.34), from Friday 29 January 2027 to "
        + "Monday 29 March 2027")
    let graduated = try InstallmentSchedule.graduated(
      balance: balance, count: 3, frequency: .weekly, firstDue: date("2027-01-04"))
    #expect(
      writer.scheduleSummary(graduated, short: true)
        == "3 weekly instalments rising from £250.00 to £416.67 from 4 Jan 2027")
    let once = try InstallmentSchedule.equal(
      balance: balance, count: 1, frequency: .monthly, firstDue: date("2027-01-04"))
    #expect(writer.scheduleSummary(once, short: true) == "£1,000.00 in one payment on 4 Jan 2027")
  }

  @Test func theLogSummaryNamesTheKindAndSubject() throws {
    let draft = try DraftRenderer.render(
      .friendlyReminder, facts: try DraftCases.acme.facts(), variant: .email)
    #expect(draft.logSummary == "Friendly reminder (email): Friendly reminder: invoice INV-042")
    let short = try DraftRenderer.render(
      .friendlyReminder, facts: try DraftCases.acme.facts(), variant: .shortMessage)
    #expect(short.logSummary == "Friendly reminder (short message)")
    #expect(short.fullText == short.body)
  }
}
