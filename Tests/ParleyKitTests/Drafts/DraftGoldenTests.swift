import Testing

@testable import ParleyKit

@Suite("DraftRenderer: two drafts pinned in full")
struct DraftGoldenTests {
  /// The sender of both drafts, as `me` would hold them.
  static let sender = SenderDetails(
    name: "Sam Lee", business: "Lee Studio", address: ["4 Mill Lane", "York", "YO1 7HH"],
    email: "sam@leestudio.test", bankDetails: "Sort code 20-00-00, account 55779911",
    payLink: "https://pay.leestudio.test/sam")

  @Test func friendlyReminderEmailToABusiness() throws {
    let state = try DraftCases.acme.state()
    let facts = DraftFacts(
      state: state, today: DraftCases.today, sender: Self.sender,
      profile: builtInProfile("gb-ewl"))
    let draft = try DraftRenderer.render(.friendlyReminder, facts: facts, variant: .email)
    #expect(draft.subject == "Friendly reminder: invoice INV-042")
    #expect(draft.replyBy == date("2026-12-17"))
    #expect(draft.notes.isEmpty)
    #expect(draft.recipientEmail == "jane@acme.test")
    #expect(
      draft.fullText == """
        Subject: Friendly reminder: invoice INV-042

        Dear Jane,

        I hope you are well. This is a friendly reminder that invoice INV-042 to Acme Ltd \
        (£1,200.00, due on Thursday 1 October 2026) has not been paid yet.

        Could you arrange payment by Thursday 17 December 2026, or let me know if anything is \
        holding it up? If it has already been paid, thank you, and please disregard this email.

        How to pay:
        Payee: Lee Studio
        Bank details: Sort code 20-00-00, account 55779911
        Reference: INV-042
        Pay online: https://pay.leestudio.test/sam

        Kind regards,
        Sam Lee
        Lee Studio
        sam@leestudio.test
        """)
  }

  /// The Pre-Action Protocol pack: both addresses and the date, the
  /// agreement, how to pay and where to send the Reply Form, no charges
  /// added, free debt advice, and the statement of account it encloses.
  @Test func letterBeforeClaimToAnIndividual() throws {
    let state = try DraftCases.siobhan.state()
    let facts = DraftFacts(
      state: state, today: DraftCases.today, sender: Self.sender,
      extra: DraftExtras(
        recipientAddress: ["9 Quay Street", "Bristol", "BS1 4DJ"],
        agreement: "our written agreement of 28 July 2026"),
      profile: builtInProfile("gb-ewl"))
    let draft = try DraftRenderer.render(.letterBeforeClaim, facts: facts, variant: .email)
    // 30 days is Saturday 9 January 2027: the reply is due on the Monday.
    #expect(draft.replyBy == date("2027-01-11"))
    #expect(
      draft.body == """
        Sam Lee
        Lee Studio
        4 Mill Lane
        York
        YO1 7HH
        sam@leestudio.test

        Siobhán O'Brien
        9 Quay Street
        Bristol
        BS1 4DJ

        Thursday 10 December 2026

        Dear Siobhán,

        I am writing about the balance of £1,200.00 that you owe me for invoices 2026-017, \
        2026-021 and 2026-025, now 99 days overdue. It arises from our written agreement of \
        28 July 2026. The enclosed statement of account sets out each invoice and what has \
        been paid:

        - Invoice 2026-017, issued Monday 3 August 2026, due Wednesday 2 September 2026: \
        £700.00 of £950.00 unpaid
        - Invoice 2026-021, issued Tuesday 1 September 2026, due Thursday 1 October 2026: \
        £400.00
        - Invoice 2026-025, issued Thursday 1 October 2026, due Saturday 31 October 2026: \
        £100.00
        Total unpaid: £1,200.00

        I last wrote to you about this on Monday 23 November 2026.

        I am sending this letter under the Pre-Action Protocol for Debt Claims. With it I \
        enclose a statement of account, the Information Sheet, the Reply Form and the \
        Financial Statement. The three forms are also published with the protocol at \
        https://www.justice.gov.uk/courts/procedure-rules/civil/pdf/protocols/debt-pap.pdf.

        Please read the Information Sheet and reply using the Reply Form by Monday 11 \
        January 2027, at least 30 days from the date of this letter. Please send it to me at \
        the address above or by email to sam@leestudio.test. If you need time to get advice, \
        please say so on the Reply Form. If you dispute any part of the balance, please tell \
        me which part and why, with copies of any documents you rely on.

        You can pay the balance in full, or, if you would like to pay in instalments, please \
        complete the Financial Statement and tell me what you can afford. I will consider any \
        offer carefully.

        I am not adding interest or other charges to this balance.

        I remain open to agreeing a payment plan, or to mediation, and I would prefer to \
        settle this between us. Before any claim, mediation is arranged privately, usually \
        for a modest fee that can be shared; the court's free mediation service, for small \
        claims of up to £10,000, is offered only once a claim has been issued and defended.

        If you are finding it hard to pay, free and confidential debt advice is available \
        from MoneyHelper (moneyhelper.org.uk, 0800 138 7777) or Citizens Advice \
        (citizensadvice.org.uk).

        If I have not received payment or heard from you by Monday 11 January 2027, I may \
        start court proceedings to recover what is owed without further notice.

        How to pay:
        Payee: Lee Studio
        Bank details: Sort code 20-00-00, account 55779911
        Reference: 2026-017, 2026-021 and 2026-025
        Pay online: https://pay.leestudio.test/sam

        Yours sincerely,
        Sam Lee
        Lee Studio
        sam@leestudio.test

        Enclosures:
        - Statement of account
        - Information Sheet
        - Reply Form
        - Financial Statement
        """)
    let statement = try #require(draft.attachments.first)
    #expect(
      statement.text == """
        Statement of account
        ====================
        Account: Siobhán O'Brien, from Lee Studio
        Date: Thursday 10 December 2026

        Monday 3 August 2026 | Invoice 2026-017, due Wednesday 2 September 2026 | £950.00
        Tuesday 1 September 2026 | Invoice 2026-021, due Thursday 1 October 2026 | £400.00
        Thursday 1 October 2026 | Invoice 2026-025, due Saturday 31 October 2026 | £100.00
        Saturday 10 October 2026 | Payment received | -£250.00

        Balance owed: £1,200.00
        """)
    #expect(
      draft.attachments.dropFirst().map(\.title) == [
        "Information Sheet", "Reply Form", "Financial Statement",
      ])
    #expect(
      draft.attachments.dropFirst().allSatisfy {
        $0.text.contains("https://www.justice.gov.uk/courts/procedure-rules/civil/pdf/protocols/")
      })
    #expect(draft.fullText.contains("Financial Statement\n===================\nThe Financial"))
    #expect(
      draft.notes.map(\.testText) == [
        "Check the reply window and the rules against your jurisdiction; parley is not "
          + "legal advice. Source: England & Wales profile: Pre-Action Protocol for Debt "
          + "Claims; https://www.businessdebtline.org/fact-sheet-library/"
          + "pre-action-protocol-in-the-county-court-ew/; as of 2026-04-30, secondary; 30 days "
          + "from the letter's date; longer if the debtor asks for documents or advice.",
        "Enclose the Information Sheet, Reply Form and Financial Statement (the annexes of the "
          + "Pre-Action Protocol for Debt Claims from https://www.justice.gov.uk/courts/"
          + "procedure-rules/civil/pdf/protocols/debt-pap.pdf) and send the letter by post as "
          + "well as by email; --html writes the letter and the statement of account for "
          + "printing.",
      ])
  }
}
