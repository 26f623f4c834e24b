import ParleyKit
import Testing

extension ToneCorpus {
  /// Final notices, deadlines, fees, mediation and letters before claim at the
  /// right stage: firm, factual, and fine to send.
  static let calmNotices: [CorpusDraft] = [
    .calm(
      """
      FINAL NOTICE

      Invoice: INV-042
      Amount: £450.00
      Due: 3 November 2026
      Days overdue: 28

      Please pay the full amount within 14 days of this notice. If you cannot, contact me so we can agree a plan.
      """),
    .calm(
      "Hi Sam, this is my final reminder before I propose mediation. Invoice 42 for £450 has been overdue since 3 November. Please pay within 14 days or let me know what is possible."
    ),
    .calm(
      "Dear Mr Hall, please pay the outstanding balance of £1,240 within 7 days of this email. If that isn't possible, reply and we can agree a schedule."
    ),
    .calm(
      "Please settle invoice 93 ($2,750) by 15 December. If you need more time, let me know before then.",
      context: datedOnly),
    .calm(
      """
      Dear Ms Rowe,

      Under our terms of business (clause 8), late payments attract interest at 8% above the Bank of England base rate, together with fixed compensation of £70 under the Late Payment of Commercial Debts (Interest) Act 1998.

      As of today, invoice 612 (£6,500) is 40 days overdue. I have not added interest yet, and I will waive it if the invoice is paid by 31 December.

      Regards,
      Owen Price
      """),
    .calm(
      "As set out in my terms, a late fee of $50 applies to invoices more than 30 days overdue. Invoice 71 is now 35 days overdue, so the balance is $1,050."
    ),
    .calm(
      """
      Hi Grace,

      As we haven't been able to agree a way forward, I'd like to propose mediation. The small claims mediation service is free and usually done by phone within a few weeks.

      Would you be open to that? I'd much rather settle this by agreement.

      Best,
      Femi
      """),
    .calm(
      "Hi Leo, would you consider mediation to resolve the disputed invoice (INV-88, $4,400)? A neutral mediator could help us find a fair outcome without anyone going to court."
    ),
    .calm(
      """
      LETTER BEFORE CLAIM

      Dear Mr Daniels,

      I am writing about the unpaid invoice 2026-17 for £3,850, due on 30 August 2026. Despite reminders on 15 September and 10 October, and my offer of mediation on 2 November, the balance remains unpaid.

      If the debt is not paid, or you do not reply with a proposal, within 14 days of the date of this letter, I intend to issue a claim in the County Court without further notice. The claim would include statutory interest and fixed compensation.

      Please contact me if you wish to discuss a payment plan.

      Yours sincerely,
      Ruth Evans
      """, context: mediationCase),
    .calm(
      """
      Dear Ms Kowalski,

      Further to my letter before claim of 5 November, I confirm that I have now issued a claim through Money Claim Online for £1,920 plus interest. You will receive the claim form from the court directly.

      I remain open to settling the matter by agreement at any time.

      Yours sincerely,
      P. Novak
      """, context: letterSentCase),
    .calm(
      "Hi Tom, I've paused work on the second phase until invoice 14 (£2,000) is paid. I'm happy to restart as soon as it's settled."
    ),
    .calm(
      "Just so you know, I won't be able to start the next batch of illustrations until the overdue invoice ($1,300) is cleared. Thanks for understanding."
    ),
    .calm(
      "Hi Mia, unfortunately I'm disappointed that invoice 207 is still outstanding after several weeks. Could you let me know what's happening?"
    ),
    .calm(
      "Dear Sirs, your account is overdue by £5,320 (invoices 1001–1004). Please pay within 30 days or contact me to discuss. Kind regards, J. Osei"
    ),
    .calm(
      "Hi Ryan, the overdue amount is $640. I'm happy to accept it in two parts: $320 now and $320 by 31 December."
    ),
    .calm(
      """
      Dear Mr Ahmed,

      I note your reply that you dispute the final invoice. To move forward, could you set out which items you disagree with? The undisputed part (£1,100) can be paid now, and we can discuss the rest, with a mediator if that helps.

      Regards,
      Carla Mendes
      """),
    .calm(
      "I'm not angry, just keen to get this resolved. Invoice 15 for £300 was due in October. What date works for you?"
    ),
    .calm(
      "There's no need for solicitors or court here; I'm sure we can agree a plan between us. Could we speak on Thursday?"
    ),
    .calm(
      "Hi Zoe, if we can't agree a plan, the next step I'd suggest is mediation. I really want to avoid going to court over £800."
    ),
    .calm(
      """
      Hello Mr Grant,

      Payment reminder — invoice 330

      Amount due: $1,275.00
      Original due date: 10/15/2026
      Now overdue by: 47 days

      Please remit payment within 14 days, or call me at the number below to set up a payment plan.

      Thank you,
      Lisa Moreno
      Moreno Bookkeeping LLC
      (555) 010-2234
      """),
    .calm(
      "Hi Karen, I'm sorry to hear about the flood at your shop. There's no rush this week; could we talk next month about a plan for the £900?"
    ),
    .calm(
      "Please note that, as set out in clause 6 of our agreement, statutory interest of 8% over base rate applies to late payments. Invoice 52 (£2,000) is now 32 days late."
    ),
    .calm(
      """
      Dear Mr Blake,

      Thank you for the first installment of £250, received on 1 December. The next installment of £250 is due on 1 January, as agreed.

      Kind regards,
      Anya
      """),
    .calm(
      "Hi Will, if the full £3,000 is hard right now, I could accept £1,000 a month for three months. Let me know by next week if that works for you."
    ),
    .calm(
      "Dear Accounts, please treat this as our final reminder before we refer the matter to mediation. Invoice 909 (£12,400) is 75 days overdue. Payment within 14 days would close the matter."
    ),
    .calm(
      "Hi Sandra, if it helps, the mediation service can be booked online and doesn't cost anything. I'd rather we sort this out together than go down a formal route."
    ),
    .calm(
      "Hi, just a note that invoice 64 is overdue. No need to reply if it's already in the payment run this week."
    ),
    .calm(
      """
      Hi Ahmed,

      Thanks for your message. I understand the project ran over and that your client has paid late too.

      I can wait until 20 December for invoice 5 ($1,600). If that date slips, could you let me know as soon as you can?

      Thanks,
      Beth
      """),
    .calm(
      "Dear Mrs Young, please find enclosed a statement of account showing £2,460 outstanding on invoices 17 and 19. I would be grateful for payment within 21 days."
    ),
    .calm(
      "Dear Mr Ellis, under the Late Payment Act I am entitled to claim £40 compensation and interest on invoice 8 (£950). I'm willing to waive both if it is paid this month."
    ),
    .calm(
      "Hi Ruby, sorry this has dragged on. Could you pay the invoice (£420) within a fortnight? If not, let me know and we'll find a way."
    ),
    .calm(
      "Hi, this is Jon from Jon Smith Plumbing. Just a reminder that the bill for the boiler repair, £275, is overdue. You can pay by bank transfer or card. Thanks."
    ),
    .calm(
      """
      Dear Ms Barker,

      I refer to invoice 2026-88 for £14,200, which remains unpaid. I offered mediation on 3 November and have not had a reply.

      Before taking any formal step, I will give you a further 14 days to pay or to propose a schedule. After that, I may refer the debt to a debt recovery firm.

      Yours sincerely,
      Hugh Davies
      """, context: mediationCase),
    .calm(
      "Hi Vic, I have been advised that small claims mediation is a good first step. Would you be willing to try it? It's free and confidential."
    ),
    .calm(
      "Hi Matt, I'm aware you've questioned the hours on invoice 40. I've attached the timesheets. Could you tell me which entries you disagree with, so we can settle the rest?"
    ),
    .calm(
      "Your invoice of £480 is overdue. Please make payment by 30 December or contact us to arrange an alternative.",
      context: datedOnly),
    .calm(
      "Hi there, this is a reminder that the balance of $95 for your June order is unpaid. You can pay online at the link in the original invoice."
    ),
    .calm("Hi Callum, thanks for confirming the new date. I'll look out for the £600 on Friday."),
    .calm(
      "Dear client, we have suspended further deliveries on your account until the overdue balance of €3,400 is paid. Orders will resume as soon as payment clears."
    ),
    .calm(
      "Hi Pat, I'd like to find a way to resolve invoice 12 without involving anyone else. Could we meet for a coffee next week to talk it through?"
    ),
  ]
}
