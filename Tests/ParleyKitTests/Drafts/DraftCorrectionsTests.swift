import Testing

@testable import ParleyKit

/// The drafts a careful professional would send: each test is a correction
/// found by reading every kind as its recipient, a mediator or a court would.
@Suite("DraftRenderer: letters fit to send")
struct DraftCorrectionsTests {
  let today = DraftCases.today

  /// A draft of `kind` for `events` on `day`, from `sender`, in `profile`.
  func draft(
    _ kind: DraftKind, _ events: [CaseEvent], on day: Day? = nil,
    sender: SenderDetails = SenderDetails(name: "Sam Lee"), extra: DraftExtras = .init(),
    variant: DraftVariant = .email
  ) throws -> Draft {
    let draftCase = DraftCase(label: "test", events: events, today: day ?? today, sender: nil)
    let state = try draftCase.state()
    let facts = DraftFacts(
      state: state, today: day ?? today, sender: sender, extra: extra,
      profile: builtInProfile(state.opened.jurisdiction))
    return try DraftRenderer.render(kind, facts: facts, variant: variant)
  }

  /// A case for `client` with one £1,200 invoice due 1 October 2026.
  func opened(
    _ client: String = "Acme Ltd", contact: String? = nil, kind: DebtorKind = .business,
    jurisdiction: String = "gb-ewl", currency: String = "GBP"
  ) -> [CaseEvent] {
    let amount = Money(minorUnits: 120_000, currency: Currency.named(currency) ?? .gbp)
    return [
      draftOpened(
        client, contact: contact, kind: kind, jurisdiction: jurisdiction, currency: currency),
      draftInvoice("INV-042", amount, issued: "2026-09-01", due: "2026-10-01"),
    ]
  }

  @Test func peopleAreGreetedByTitleAndSurnameOrByFirstName() throws {
    let titled = try draft(.firmReminder, opened(contact: "Ms Priya Shah <priya@acme.test>"))
    #expect(titled.body.hasPrefix("Dear Ms Shah,\n\n"))
    let named = try draft(.firmReminder, opened("Dana Lopez", kind: .individual))
    #expect(named.body.hasPrefix("Dear Dana,\n\n"))
    #expect(!named.body.contains("Dear Dana Lopez"))
    #expect(
      try draft(.firmReminder, opened("Dana Lopez", kind: .individual), variant: .shortMessage)
        .body.hasPrefix("Hello Dana, "))
  }

  @Test func aLetterToSirOrMadamEndsYoursFaithfully() throws {
    let letter = try draft(.letterBeforeClaim, opened(contact: "accounts@acme.test"))
    #expect(letter.body.contains("Dear Sir or Madam,"))
    #expect(letter.body.contains("\n\nYours faithfully,\nSam Lee"))
    let named = try draft(.letterBeforeClaim, opened(contact: "Jane Smith"))
    #expect(named.body.contains("\n\nYours sincerely,\nSam Lee"))
  }

  @Test func deadlinesFallOnBusinessDays() throws {
    // 14 days from Friday 11 December is Christmas Day; Boxing Day is a
    // Saturday, so Monday 28 December is its substitute: the first business day is the 29th.
    let reminder = try draft(
      .firmReminder, opened(), on: date("2026-12-11"), extra: DraftExtras(responseDays: 14))
    #expect(reminder.replyBy == date("2026-12-29"))
    #expect(reminder.body.contains("by Tuesday 29 December 2026"))
    // 7 days from Saturday 5 December is a Saturday: Monday 14 December.
    let saturday = try draft(.friendlyReminder, opened(), on: date("2026-12-05"))
    #expect(saturday.replyBy == date("2026-12-14"))
  }

  @Test func anAgreedDayOnAHolidayIsFlagged() throws {
    let extra = DraftExtras(agreedAmount: draftMoney(50_000), agreedDate: date("2026-12-25"))
    let confirmation = try draft(.callConfirmation, opened(), extra: extra)
    #expect(
      confirmation.notes.contains(
        "Friday 25 December 2026 is a bank holiday: a payment may not arrive until Tuesday 29 "
          + "December 2026. Consider agreeing a business day instead."))
    let weekday = DraftExtras(agreedAmount: draftMoney(50_000), agreedDate: date("2026-12-18"))
    #expect(
      !(try draft(.callConfirmation, opened(), extra: weekday).notes.contains {
        $0.testText.contains("holiday") || $0.testText.contains("weekend")
      }))
  }

  @Test func everyDraftSaysHowToPayAndSigns() throws {
    let sender = SenderDetails(
      name: "Sam Lee", business: "Lee Studio", bankDetails: "Sort code 20-00-00, account 1",
      paymentReference: "ACME-2026", payLink: "https://pay.test/sam")
    let email = try draft(.firmReminder, opened(), sender: sender)
    #expect(
      email.body.contains(
        "How to pay:\nPayee: Lee Studio\nBank details: Sort code 20-00-00, account 1\n"
          + "Reference: ACME-2026\nPay online: https://pay.test/sam\n\nKind regards,\nSam Lee\n"
          + "Lee Studio"))
    let short = try draft(.firmReminder, opened(), sender: sender, variant: .shortMessage)
    #expect(short.body.contains("You can pay at https://pay.test/sam (reference ACME-2026)."))
    // A mediation proposal asks for an answer, not money.
    #expect(!(try draft(.mediationProposal, opened(), sender: sender).body.contains("How to pay")))
  }

  @Test func aDraftWithoutASignatureOrPaymentDetailsIsAWarning() throws {
    let bare = try draft(.firmReminder, opened(), sender: SenderDetails())
    #expect(bare.body.hasSuffix("Kind regards,"))
    #expect(
      bare.notes == [
        "The draft has no signature: add your name with \(.senderDetails) (or sign it "
          + "yourself before sending).",
        "The draft does not say how to pay: add bank details or a pay link with \(.senderDetails).",
      ])
  }

  @Test func aPlanConfirmationAfterAMissedInstallmentKeepsTheArrears() throws {
    let text = try DraftRenderer.render(
      .planConfirmation, facts: try DraftCases.unal.facts(), variant: .email
    ).body
    #expect(
      text.contains("Instalment 2 (€1,000.00) is still outstanding and remains due under the plan.")
    )
    #expect(
      text.contains("The next instalment, €1,000.00, is due on Wednesday 2 December 2026.") == false
    )
  }

  @Test func noDraftAsksForMoreThanAKeptPlanAllows() throws {
    let facts = try DraftCases.renee.facts()
    for kind in [
      DraftKind.friendlyReminder, .firmReminder, .finalReminder, .mediationProposal,
      .letterBeforeClaim,
    ] {
      #expect(throws: DraftError.self) {
        try DraftRenderer.render(kind, facts: facts, variant: .email)
      }
    }
    #expect(
      throws: DraftError.planOnTrack(
        .letterBeforeClaim, next: facts.planProgress?.next?.installment)
    ) { try DraftRenderer.render(.letterBeforeClaim, facts: facts, variant: .email) }
  }

  @Test func aMissedInstallmentIsChasedUnderThePlanUntilThePlanIsEnded() throws {
    let facts = try DraftCases.unal.facts()
    // One installment late does not make the whole balance due.
    for kind in [DraftKind.firmReminder, .finalReminder, .mediationProposal, .letterBeforeClaim] {
      #expect(throws: DraftError.planBehind(kind)) {
        try DraftRenderer.render(kind, facts: facts, variant: .email)
      }
    }
    // Once the user ends the plan, the letter says so.
    let ended = DraftCase(
      label: "plan ended",
      events: DraftCases.unal.events + [
        .planCancelled(.init(id: "plan-1", on: date("2026-12-08"), reason: "two missed"))
      ], today: today, sender: "Sam Lee")
    let letter = try DraftRenderer.render(
      .letterBeforeClaim, facts: try ended.facts(), variant: .email)
    #expect(
      letter.body.contains(
        "We agreed a payment plan on Thursday 15 October 2026; it ended on Tuesday 8 December "
          + "2026, so I am now asking for the balance."))
    #expect(!letter.body.contains("two missed"))
  }

  @Test func aPartPaidInstallmentIsCountedInTheArrears() throws {
    let events =
      DraftCases.unal.events + [
        .paymentReceived(.init(amount: draftMoney(40_000, .eur), on: date("2026-12-03")))
      ]
    let draftCase = DraftCase(label: "part paid", events: events, today: today, sender: "Sam")
    let text = try DraftRenderer.render(
      .planConfirmation, facts: try draftCase.facts(), variant: .email
    ).body
    #expect(
      text.contains(
        "Instalment 2 (€1,000.00) has been paid in part: €600.00 of it is still outstanding and "
          + "remains due under the plan."))
  }

  @Test func staleOptionsAreNeverOffered() throws {
    // Options proposed for £1,200 in October, before £500 was paid.
    let options = try PlanProposer.propose(balance: draftMoney(120_000), today: date("2026-10-05"))
    let events =
      opened() + [
        .planProposed(
          .init(on: date("2026-10-05"), balance: draftMoney(120_000), options: options)),
        .paymentReceived(.init(amount: draftMoney(50_000), on: date("2026-11-02"))),
      ]
    for kind in [DraftKind.planProposal, .cantPayReply] {
      let stale = try draft(kind, events)
      #expect(!stale.body.contains("Option 1"), "\(kind)")
      #expect(stale.notes.contains { $0.testText.contains("the draft leaves them out") }, "\(kind)")
    }
  }

  @Test func theRecordedDisputeIsUsedWithoutRetyping() throws {
    let events =
      opened() + [
        .disputeNoted(
          .init(
            on: date("2026-12-08"), about: "the second round of edits", amount: draftMoney(30_000)))
      ]
    let reply = try draft(.disputeReply, events)
    #expect(reply.body.contains("As I understand it, your point is: the second round of edits."))
    #expect(reply.body.contains("That leaves £900.00 that is not in question."))
  }

  @Test func remindersAskOnlyForThePartNotInDispute() throws {
    let events =
      opened() + [
        .disputeNoted(
          .init(
            on: date("2026-12-08"), about: "the rate charged", amount: draftMoney(30_000),
            invoice: "INV-042"))
      ]
    let reminder = try draft(.firmReminder, events).body
    #expect(
      reminder.contains(
        "I have noted that you dispute £300.00 on invoice INV-042 (the rate charged); this is "
          + "about the £900.00 that is not in dispute."))
    #expect(reminder.contains("Please arrange payment of £900.00, the part not in dispute, by"))
    let letter = try draft(.letterBeforeClaim, events).body
    #expect(letter.contains("Please pay the £900.00 not in dispute by"))
    let mediation = try draft(.mediationProposal, events).body
    #expect(mediation.contains("We disagree about £300.00 on invoice INV-042 (the rate charged)"))
    // With the whole balance in dispute, a reminder waits for the answer to it.
    let whole = opened() + [.disputeNoted(.init(on: date("2026-12-08"), about: "the work"))]
    #expect(throws: DraftError.wholeBalanceDisputed(.firmReminder)) {
      try draft(.firmReminder, whole)
    }
  }

  @Test func aBrokenPromiseThatWasPartPaidSaysHowMuchIsMissing() throws {
    let events =
      opened() + [
        .promiseNoted(
          .init(on: date("2026-11-02"), by: date("2026-11-13"), amount: draftMoney(50_000))),
        .paymentReceived(.init(amount: draftMoney(20_000), on: date("2026-11-12"))),
      ]
    #expect(
      try draft(.firmReminder, events).body.contains(
        "but I have received £200.00 of it, so £300.00 of that payment is still outstanding."))
  }

  @Test func aPartPaymentIsAcknowledged() throws {
    let events =
      opened() + [.paymentReceived(.init(amount: draftMoney(50_000), on: date("2026-11-12")))]
    let text = try draft(.friendlyReminder, events).body
    #expect(text.contains("has not yet been paid in full"))
    #expect(text.contains("Thank you for the £500.00 received so far."))
  }

  @Test func aCompanyClaimsInItsOwnName() throws {
    var company = SenderDetails(name: "Sam Lee", business: "Lee Studio Ltd")
    company.isCompany = true
    let letter = try draft(.letterBeforeClaim, opened(), sender: company).body
    #expect(letter.contains("that Acme Ltd owes Lee Studio Ltd for invoice INV-042"))
  }

  @Test func eachPlaceNamesItsFormalLetter() throws {
    let nsw = try draft(
      .letterBeforeClaim, opened(jurisdiction: "au-nsw", currency: "AUD"))
    #expect(nsw.subject?.hasPrefix("Letter of demand:") == true)
    #expect(nsw.body.contains("This is my letter of demand."))
    let scotland = try draft(.letterBeforeClaim, opened(jurisdiction: "gb-sct"))
    #expect(scotland.subject?.hasPrefix("Letter before action:") == true)
  }

  @Test func aBrokenPromiseIsQuoted() throws {
    let events =
      opened("Dana Lopez", kind: .individual) + [
        .promiseNoted(
          .init(on: date("2026-11-20"), by: date("2026-11-30"), amount: draftMoney(50_000)))
      ]
    let reminder = try draft(.firmReminder, events)
    #expect(
      reminder.body.contains(
        "On Friday 20 November 2026 you told me that you would pay £500.00 by Monday 30 "
          + "November 2026, but I have not received that payment."))
    let kept =
      events + [.paymentReceived(.init(amount: draftMoney(50_000), on: date("2026-11-29")))]
    #expect(!(try draft(.firmReminder, kept).body.contains("you told me")))
  }

  @Test func oldContactsAreNotThankedAndTodaysOwnEmailIsNotMentioned() throws {
    let old = opened() + [draftContact(.phone, .inbound, on: "2026-10-20")]
    let reply = try draft(.cantPayReply, old)
    #expect(!reply.body.contains("Thank you for your call"))
    #expect(
      try draft(.firmReminder, old).body.contains(
        "We last spoke about this on Tuesday 20 October 2026."))
    let today = opened() + [draftContact(.email, .outbound, on: "2026-12-10")]
    #expect(!(try draft(.firmReminder, today).body.contains("about this today")))
  }

  @Test func aRunningPlanIsRevisedNotProposedAgain() throws {
    let text = try DraftRenderer.render(
      .planProposal, facts: try DraftCases.unal.facts(), variant: .email
    )
    #expect(text.subject == "Revising our payment plan: invoice F/2026/88")
    #expect(text.body.contains("Under the payment plan we agreed on Thursday 15 October 2026"))
    #expect(text.body.contains("I would be happy to revise it rather than let it lapse."))
  }

  @Test func individualsArePointedToFreeDebtAdviceCompaniesAreNot() throws {
    let advice = "free and confidential debt advice is available from MoneyHelper"
    #expect(
      try draft(.finalReminder, opened("Dana Lopez", kind: .individual)).body.contains(advice))
    #expect(try draft(.cantPayReply, opened("Dana Lopez", kind: .soleTrader)).body.contains(advice))
    #expect(!(try draft(.finalReminder, opened()).body.contains(advice)))
  }

  @Test func lateChargesAreClaimedWithTheirRateAndDailyFigure() throws {
    let events = opened()
    let state = try DraftCase(label: "", events: events, today: today, sender: nil).state()
    let profile = builtInProfile("gb-ewl")
    let statement = try LatePaymentInterest.compute(
      invoice: try #require(state.invoices.first).invoice, payments: [], debtor: .business,
      profile: profile, today: today)
    let claim = LateChargeClaim(
      statements: [statement], law: "the Late Payment of Commercial Debts (Interest) Act 1998",
      currency: .gbp)
    let letter = try draft(.letterBeforeClaim, events, extra: DraftExtras(lateCharges: claim))
    #expect(
      letter.body.contains(
        "As this is a business debt paid late, the Late Payment of Commercial Debts (Interest) "
          + "Act 1998 entitles me to interest at 11.75% a year and fixed compensation. To "
          + "Thursday 10 December 2026 that is interest of \(statement.interest.formatted) and "
          + "compensation of £70.00"))
    #expect(letter.attachments.first?.text.contains("Fixed compensation | £70.00") == true)
    // Left out, the charges are named in a note rather than dropped silently.
    let without = try draft(.letterBeforeClaim, events)
    #expect(without.notes.contains { $0.testText.contains("--late-charges") })
  }

  @Test func americanLettersUseAmericanFormsAndNoUKNotes() throws {
    let letter = try draft(
      .letterBeforeClaim, opened("Blue Sky LLC", jurisdiction: "us-ca", currency: "USD"))
    #expect(letter.subject == "Final demand for payment: invoice INV-042 ($1,200.00)")
    #expect(letter.body.contains("Thursday, December 10, 2026"))
    #expect(letter.body.contains("Dear Sir or Madam:\n\n"))
    #expect(letter.body.contains("\n\nSincerely,\nSam Lee"))
    // A comma after the year inside a sentence, and "agree on" a plan.
    #expect(letter.body.contains("by Thursday, December 24, 2026, or reply"))
    let firm = try draft(
      .firmReminder, opened("Blue Sky LLC", jurisdiction: "us-ca", currency: "USD"))
    #expect(firm.body.contains("so that we can agree on a way forward"))
    #expect(!firm.body.contains("agree a way forward"))
    let address = try draft(
      .letterBeforeClaim, opened("Blue Sky LLC", jurisdiction: "us-ca", currency: "USD"),
      extra: DraftExtras(recipientAddress: ["1 Main St", "Los Angeles", "CA 90012"]))
    #expect(address.body.contains("Blue Sky LLC\n1 Main St\nLos Angeles, CA 90012\n"))
    #expect(letter.body.contains("Freelance Worker Protection Act"))
    #expect(letter.body.contains("Civil Code §3289"))
    #expect(!letter.notes.map(\.testText).joined().contains("Protocol"))
    // A consumer in California: the Rosenthal Act note, and no freelance-worker sentence.
    let consumer = try draft(
      .letterBeforeClaim,
      opened("Dana Lopez", kind: .individual, jurisdiction: "us-ca", currency: "USD"))
    #expect(consumer.notes.contains { $0.testText.contains("Rosenthal Act") })
    #expect(!consumer.body.contains("Freelance Worker Protection Act"))
  }

  @Test func aNewYorkFreelancerIsNotPointedToCommercialClaims() throws {
    let events = opened("Dana Lopez", kind: .individual, jurisdiction: "us-ny", currency: "USD")
    let freelancer = try draft(.letterBeforeClaim, events)
    #expect(!freelancer.body.contains("commercial claim"))
    #expect(
      freelancer.notes.contains {
        $0.testText.contains("companies, partnerships and associations only")
      })
    var company = SenderDetails(name: "Sam Lee", business: "Lee Studio LLC")
    company.isCompany = true
    let entity = try draft(.letterBeforeClaim, events, sender: company)
    #expect(entity.body.contains("demand letter New York requires before a commercial claim"))
    #expect(
      entity.notes.contains(
        "File no sooner than 10 days and no later than 180 days after sending this letter, and "
          + "keep proof of posting."))
  }
}
