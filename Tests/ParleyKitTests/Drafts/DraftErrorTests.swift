import Testing

@testable import ParleyKit

@Suite("DraftRenderer: the drafts that cannot be written say what is missing")
struct DraftErrorTests {
  let today = DraftCases.today

  func render(
    _ kind: DraftKind, _ draftCase: DraftCase, extra: DraftExtras = .init(),
    variant: DraftVariant = .email
  ) throws(DraftError) -> Draft {
    let facts: DraftFacts
    do { facts = try draftCase.facts(extra: extra) } catch {
      Issue.record("bad test case: \(error)")
      throw .nothingOwed
    }
    return try DraftRenderer.render(kind, facts: facts, variant: variant)
  }

  func expectError(
    _ expected: DraftError, _ message: Guidance, _ kind: DraftKind, _ draftCase: DraftCase,
    extra: DraftExtras = .init(), sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for variant in DraftVariant.allCases {
      do {
        let draft = try render(kind, draftCase, extra: extra, variant: variant)
        Issue.record("expected \(expected), got\n\(draft.body)", sourceLocation: sourceLocation)
      } catch {
        #expect(error == expected, sourceLocation: sourceLocation)
        #expect(error.message == message, sourceLocation: sourceLocation)
      }
    }
  }

  @Test func aPlanConfirmationNeedsAnAgreedPlan() {
    expectError(
      .noAgreedPlan(.planConfirmation),
      "there is no agreed plan yet; agree one with \(.agreePlan) first, then write a plan "
        + "confirmation", .planConfirmation, DraftCases.acme)
  }

  @Test func aMissedInstallmentNudgeNeedsAPlanAndAMissedInstallment() throws {
    expectError(
      .noAgreedPlan(.missedInstallment),
      "there is no agreed plan yet; agree one with \(.agreePlan) first, then write a "
        + "missed-installment nudge", .missedInstallment, DraftCases.siobhan)
    let next = try #require(try DraftCases.renee.facts().plan?.schedule.first)
    expectError(
      .noMissedInstallment(planID: "plan-1", next: next),
      "no installment of plan-1 has been missed; the next, £500.00, is due on Friday 18 "
        + "December 2026", .missedInstallment, DraftCases.renee)
  }

  @Test func aCallConfirmationNeedsTheAgreedAmountAndDay() {
    expectError(
      .missingExtra(.callConfirmation, field: .amount),
      "a call confirmation needs the amount agreed on the call; give it with --amount",
      .callConfirmation, DraftCases.acme)
    expectError(
      .missingExtra(.callConfirmation, field: .date),
      "a call confirmation needs the day it will be paid; give it with --date",
      .callConfirmation, DraftCases.acme, extra: DraftExtras(agreedAmount: draftMoney(50_000)))
  }

  @Test func aCallConfirmationChecksTheAmountAndDay() {
    let day = today.adding(days: 5)
    expectError(
      .wrongCurrency(.amount, draftMoney(50_000, .usd), expected: .gbp),
      "the amount agreed on the call is in USD ($500.00) but the case is in GBP",
      .callConfirmation, DraftCases.acme,
      extra: DraftExtras(agreedAmount: draftMoney(50_000, .usd), agreedDate: day))
    expectError(
      .nonPositiveAmount(.amount, draftMoney(0)),
      "the amount agreed on the call must be more than zero, got £0.00",
      .callConfirmation, DraftCases.acme,
      extra: DraftExtras(agreedAmount: draftMoney(0), agreedDate: day))
    expectError(
      .amountAboveBalance(.amount, draftMoney(150_000), balance: draftMoney(120_000)),
      "the amount agreed on the call (£1,500.00) is more than the balance of £1,200.00",
      .callConfirmation, DraftCases.acme,
      extra: DraftExtras(agreedAmount: draftMoney(150_000), agreedDate: day))
    expectError(
      .dateInPast(.date, date("2026-12-09"), today: today),
      "the day it will be paid (Wednesday 9 December 2026) is before today, Thursday 10 "
        + "December 2026", .callConfirmation, DraftCases.acme,
      extra: DraftExtras(agreedAmount: draftMoney(50_000), agreedDate: date("2026-12-09")))
  }

  @Test func aDisputeReplyNeedsTheDisputedAmount() {
    expectError(
      .missingExtra(.disputeReply, field: .disputed),
      "a reply to a dispute needs the amount the client disputes; give it with --disputed",
      .disputeReply, DraftCases.acme, extra: DraftExtras(disputeAbout: "the hours"))
    expectError(
      .amountAboveBalance(.disputed, draftMoney(120_001), balance: draftMoney(120_000)),
      "the amount the client disputes (£1,200.01) is more than the balance of £1,200.00",
      .disputeReply, DraftCases.acme, extra: DraftExtras(disputedAmount: draftMoney(120_001)))
  }

  @Test(arguments: [
    DraftKind.friendlyReminder, .firmReminder, .finalReminder, .planProposal,
    .cantPayReply, .mediationProposal,
  ])
  func aDeadlineUnderSevenDaysIsRefused(_ kind: DraftKind) {
    expectError(
      .deadlineTooSoon(days: 3, minimum: 7),
      "3 days is too short a deadline; give at least 7 days so the request stays reasonable",
      kind, DraftCases.acme, extra: DraftExtras(responseDays: 3))
    expectError(
      .deadlineTooFar(days: 1_000_000, maximum: 365),
      "1000000 days is too long a deadline; give at most 365 days",
      kind, DraftCases.acme, extra: DraftExtras(responseDays: 1_000_000))
  }

  @Test func aLetterBeforeClaimKeepsThePreActionWindow() {
    expectError(
      .replyWindowTooShort(days: 14, minimum: 30, rule: "Pre-Action Protocol for Debt Claims"),
      "the Pre-Action Protocol for Debt Claims gives 30 days to reply; 14 days is too short",
      .letterBeforeClaim, DraftCases.siobhan, extra: DraftExtras(responseDays: 14))
    expectError(
      .replyWindowTooShort(
        days: 10, minimum: 14, rule: "Practice Direction – Pre-Action Conduct and Protocols"),
      "the Practice Direction – Pre-Action Conduct and Protocols gives 14 days to reply; 10 days "
        + "is too short", .letterBeforeClaim, DraftCases.acme, extra: DraftExtras(responseDays: 10))
  }

  @Test func aLetterBeforeClaimMayGiveLonger() throws {
    let draft = try render(
      .letterBeforeClaim, DraftCases.siobhan, extra: DraftExtras(responseDays: 45))
    // 45 days is Sunday 24 January 2027: the reply is due on the Monday.
    #expect(draft.replyBy == date("2027-01-25"))
    #expect(draft.body.contains("at least 45 days from the date of this letter"))
  }

  @Test(arguments: DraftKind.allCases)
  func nothingIsWrittenWhenNothingIsOwed(_ kind: DraftKind) {
    let paid = DraftCase(
      label: "paid",
      events: DraftCases.acme.events + [
        .paymentReceived(.init(amount: draftMoney(120_000), on: date("2026-12-01")))
      ], today: today, sender: nil)
    expectError(
      .nothingOwed, "nothing is owed on this case, so there is nothing to ask for", kind, paid)
  }
}
