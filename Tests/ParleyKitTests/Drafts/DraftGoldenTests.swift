import Testing

@testable import ParleyKit

@Suite("DraftRenderer: two drafts pinned in full")
struct DraftGoldenTests {
  @Test func friendlyReminderEmailToABusiness() throws {
    let draft = try DraftRenderer.render(
      .friendlyReminder, facts: try DraftCases.acme.facts(), variant: .email)
    #expect(draft.subject == "Friendly reminder: invoice INV-042")
    #expect(draft.replyBy == date("2026-12-17"))
    #expect(draft.notes.isEmpty)
    #expect(
      draft.fullText == """
        Subject: Friendly reminder: invoice INV-042

        Dear Jane Smith,

        I hope you are well. This is a friendly reminder that invoice INV-042 to Acme Ltd \
        (£1,200.00, due on Thursday 1 October 2026) has not been paid yet.

        Could you arrange payment by Thursday 17 December 2026, or let me know if anything is \
        holding it up? If it has already been paid, thank you, and please disregard this email.

        Kind regards,
        Sam Lee
        """)
  }

  @Test func letterBeforeClaimToAnIndividual() throws {
    let draft = try DraftRenderer.render(
      .letterBeforeClaim, facts: try DraftCases.siobhan.facts(), variant: .email)
    #expect(draft.replyBy == date("2027-01-09"))
    #expect(
      draft.fullText == """
        Subject: Letter before claim: invoices 2026-017, 2026-021 and 2026-025 (£1,200.00)

        Thursday 10 December 2026

        Dear Siobhán O'Brien,

        I am writing about the balance of £1,200.00 that you owe me for invoices 2026-017, \
        2026-021 and 2026-025:

        - 2026-017, issued Monday 3 August 2026, due Wednesday 2 September 2026: £700.00 of \
        £950.00 unpaid
        - 2026-021, issued Tuesday 1 September 2026, due Thursday 1 October 2026: £400.00
        - 2026-025, issued Thursday 1 October 2026, due Saturday 31 October 2026: £100.00
        Total unpaid: £1,200.00

        The balance is now 99 days overdue. I last wrote to you about this on Monday 23 \
        November 2026.

        I am sending this letter under the Pre-Action Protocol for Debt Claims. With it I \
        enclose a statement of account, the Information Sheet, the Reply Form and the \
        Financial Statement.

        Please read the Information Sheet and reply using the Reply Form by Saturday 9 \
        January 2027, which is 30 days from the date of this letter. If you need time to get \
        advice, please say so on the Reply Form.

        You can pay the balance in full, or, if you would like to pay in instalments, please \
        complete the Financial Statement and tell me what you can afford. I will consider any \
        offer carefully.

        I remain open to agreeing a payment plan, or to mediation, which is usually free or \
        low-cost, and I would prefer to settle this between us.

        If I have not received payment or heard from you by Saturday 9 January 2027, I may \
        start court proceedings to recover the balance without further notice.

        Kind regards,
        Sam Lee

        Enclosures:
        - Statement of account
        - Information Sheet
        - Reply Form
        - Financial Statement
        """)
    #expect(
      draft.notes == [
        "Check the reply window and the rules against your jurisdiction; parley is not "
          + "legal advice. Source: England & Wales profile: Pre-Action Protocol for Debt "
          + "Claims; https://www.businessdebtline.org/fact-sheet-library/"
          + "pre-action-protocol-in-the-county-court-ew/; as of 2026-04-30, secondary; 30 days "
          + "from the letter's date; longer if the debtor asks for documents or advice.",
        "Enclose a statement of account, the Information Sheet, the Reply Form and the "
          + "Financial Statement (the forms are annexed to the Pre-Action Protocol for "
          + "Debt Claims). Date the letter and send it by post as well as by email.",
        "The Pre-Action Protocol for Debt Claims asks the letter to say whether "
          + "interest or other charges are being added, and to give the agreement's "
          + "details (written: its date and parties; oral: who agreed what, and when). Add "
          + "them before sending.",
      ])
  }
}
