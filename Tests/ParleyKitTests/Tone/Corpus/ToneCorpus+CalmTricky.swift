import ParleyKit
import Testing

extension ToneCorpus {
  /// Calm drafts that look like trouble to a naive matcher: words inside
  /// other words, acronyms, quoted client text, headings, signatures.
  static let calmTricky: [CorpusDraft] = [
    .calm(
      "Hi Graham, the invoice for the Scunthorpe office class (£1,050) is due next week. I've assessed the final numbers and attached the PDF."
    ),
    .calm(
      "Hi, the VAT on INV-042 is £90, so the total is £540. The PDF is attached. OK to pay by BACS to the usual account?"
    ),
    .calm(
      """
      Hi Mark,

      You wrote: "We're not paying a penny for this rubbish, you clowns."

      I'm sorry you feel that way. Could you tell me specifically what you're unhappy with? I'd like to understand, and the undisputed amount (£600) could be paid in the meantime.

      Thanks,
      Nadia
      """),
    .calm(
      """
      Thanks for getting back to me.

      > This is a joke. You're a bunch of amateurs and I'll see you in court.
      > Don't email me again.

      I understand you're unhappy with the delay. I'd like to resolve it calmly. Would you be willing to try mediation?

      Regards,
      Sam
      """),
    .calm(
      """
      Hi Lily,

      Thanks again for your patience while I fixed the bug. Invoice 21 ($1,400) is attached. Please pay within 30 days as usual.

      Cheers,
      Jake
      --
      JAKE MORRIS DESIGN
      VAT No. GB 123 4567 89
      """),
    .calm(
      "Hi Dick, thanks for the update on the cheque. I'll look out for it this week. Best, Sue"),
    .calm(
      "Hi John,\r\nInvoice 77 (£350) is now overdue.\r\nCould you let me know when it will be paid?\r\nThanks,\r\nPriti"
    ),
    .calm("Hi Fran 👋 the £120 for the cake is due today — no worries if it's tomorrow instead! 🎂"),
    .calm(
      "Hi Paul, I'm sure it's just an oversight, but invoice 302 (£760) hasn't been paid yet. Could you check?"
    ),
    .calm(
      "Dear Mr Okoro, I'm passing the outstanding invoice to our accounts assistant, Jane, who will be in touch about payment. Regards, Tim"
    ),
    .calm(
      "Hi Zara, please note the UK bank details have changed. The new sort code is on the updated PDF for INV-0193. Thanks!"
    ),
    .calm(
      "Hi Eve, the invoice (£250) is overdue. I'd like to sort this out between us rather than involve a debt collector. Can we talk?"
    ),
    .calm(
      "Good news! The second payment arrived. Thank you! The remaining £300 is due on 15 January."),
    .calm(
      """
      Hi Ola,

      Your email said, ‘We’ll pay when we feel like it, and not before.’ I'd rather we agreed a date that works for both of us.

      Would 31 January work for the £1,800?

      Best,
      Kemi
      """),
    .calm(
      "Hello, this is a courtesy reminder that your account shows an outstanding balance of USD 420. Please contact our billing team at your earliest convenience. (Ref: ACCT-9932)"
    ),
    .calm(
      "Hi Ian, I've attached a statement. Once invoice 61 is paid, I'd be glad to get going on the next campaign. Hope you have a great weekend!"
    ),
    .calm(
      "Hi Sue, the CEO approved the budget, so could you chase your AP team for invoice 7 ($980)? Thanks, appreciate it."
    ),
    .calm(
      "Hi Greg, I understand the money is tied up until your client pays you. Would it help if we moved the due date to 10 January, and you paid £200 now?"
    ),
    .calm("Please pay within 14 days. Invoice INV-2026-0042, £1,230.00, due 1 November 2026."),
    .calm(
      "Hi Tess, sorry to bother you during the holidays. Invoice 81 (£150) is the last one open for this year; could it go in your next payment run?"
    ),
    .calm(
      "Dear Mr Khan, I know the court case with your landlord has taken a lot of your time. I hope it's resolved soon. Whenever you're ready, could we agree a date for invoice 9?"
    ),
    .calm(
      "Hi Jen, my accountant asked me to confirm all open invoices. Yours (INV-310, $2,500) shows as overdue. Could you confirm when it will be paid?"
    ),
    .calm(
      "Hi Bob, a quick recap of our call: you'll pay $400 on the 5th of each month for three months, starting 5 January. I'll send a reminder a few days before each date."
    ),
    .calm(
      """
      Dear Ms Ford,

      PRIVATE AND CONFIDENTIAL

      I am writing about invoice 1120 for £2,900. I would like to offer mediation through the Small Claims Mediation Service, which is free. If you agree, I will make the referral.

      Yours sincerely,
      D. Morgan
      """),
    .calm(
      "Payment for invoice 5 of £2,000 by 15 December please, as agreed on the phone. Thanks!",
      context: datedOnly),
    .calm(
      "Hi Ana, no pressure at all — could you let me know roughly when the £350 might be paid? It helps me plan."
    ),
    .calm("Hey, the balance is $75. Venmo or check is fine. Thanks!! Loved working with you."),
    .calm(
      "Hi Liam, just to confirm: the remaining balance is £1,000 and you've promised to pay it by 18 December. I'll note that date and check in then."
    ),
    .calm(
      "Please ignore my earlier reminder if you've already paid; payments can cross in the post. Thanks, Dee"
    ),
    .calm(
      "Hi all, if you'd like to contact my solicitor about the contract wording instead, that's fine; her details are below. Invoice 42 stays payable in the meantime."
    ),
  ]
}
