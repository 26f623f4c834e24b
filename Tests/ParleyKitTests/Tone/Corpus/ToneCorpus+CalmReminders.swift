import ParleyKit
import Testing

extension ToneCorpus {
  /// Friendly and firm reminders, texts and emails, that should go out as they are.
  static let calmReminders: [CorpusDraft] = [
    .calm(
      "Hi Sam, just a quick reminder that invoice INV-042 for £450 was due on 3 November. Could you let me know when I can expect payment? Thanks, Ana"
    ),
    .calm(
      "Hey Jo! Hope the launch went well 🎉 Quick one: invoice 118 ($1,200) is now two weeks overdue. Any idea when it'll be paid?"
    ),
    .calm(
      """
      Dear Ms Patel,

      I hope you are well. I am writing about invoice 2026-031 for £2,340.00, which fell due on 15 October 2026 and remains outstanding.

      I would be grateful if you could arrange payment, or let me know if there is anything holding it up.

      Kind regards,
      Tom Hughes
      """),
    .calm(
      "Morning Dave - could you check on the status of invoice #77? It was due last Friday. Cheers, Mike"
    ),
    .calm(
      """
      Hi Priya,

      Following up on invoice INV-2291 for $3,450, due October 30. I haven't seen the payment come through yet, so I wanted to check it reached the right person.

      If it's easier, I'm happy to resend it or talk through it on a call this week.

      Best,
      Jordan
      """),
    .calm(
      "Hi Kate, I know things have been hectic with the move. Invoice 56 for £780 is still open on my side; when do you think you'll be able to settle it?"
    ),
    .calm(
      "Just a friendly nudge on invoice 3012 (€900). Let me know if you need anything from me to process it. Thanks!"
    ),
    .calm(
      """
      Hello accounts team,

      Please find attached a copy of invoice 0098 (£1,150 + VAT), issued on 2 September with 30-day terms. Our records show it as unpaid.

      Could you confirm when it is scheduled for payment?

      Many thanks,
      Helen Ward
      Ward Design Ltd
      """),
    .calm(
      "Hi Marco, the payment for the logo work (invoice 14, $600) hasn't arrived yet. Could you take a look when you get a minute? Thanks so much."
    ),
    .calm(
      "Hi Rachel, this is a firm reminder that invoice 221 for £4,000 is now 45 days overdue. Please arrange payment or contact me to agree a date."
    ),
    .calm(
      """
      Dear Mr Okafor,

      Second reminder: invoice 1009, £640, due 1 November 2026.

      I appreciate that payments sometimes get delayed. Please let me know by return when I can expect it, or if you would like to pay in two parts.

      Yours sincerely,
      Lena Fischer
      """),
    .calm(
      "Hi Ben — just checking whether you received my email of 10 November about invoice 45 (£325). Happy to resend the PDF if it went astray."
    ),
    .calm(
      "Hey, any news on the invoice from the wedding shoot? It's $1,850 and was due on the 20th. No stress, just want to plan my month."
    ),
    .calm(
      """
      Hi Lucy,

      Thanks for the call yesterday. As agreed, I'll expect the first £500 on 5 December and the remaining £500 on 5 January.

      I'll send a short confirmation for each payment when it lands.

      Best wishes,
      Sara
      """),
    .calm(
      "Good afternoon, I'm following up on our invoice INV-77 for $2,100, now 30 days past due. Please let us know the expected payment date. Regards, Finance, Brightline Studio"
    ),
    .calm(
      "Hi Omar, I understand cash is tight at the moment. Would it help to split invoice 88 (£1,200) into three monthly payments of £400?"
    ),
    .calm(
      "Hi, I noticed invoice 19 is still unpaid. Could you confirm you have everything you need from me to pay it? Thank you."
    ),
    .calm(
      """
      Hi Chris,

      I'm writing again about invoice 310 for $5,000, which is now 60 days overdue. I'd really like to resolve this without any fuss.

      Could we schedule a 15-minute call this week to agree a payment date? Thursday or Friday afternoon both work for me.

      Thanks,
      Dana
      """),
    .calm(
      "Hi Ellie, quick reminder that the deposit of £250 for the February shoot is due this week. Let me know if you have any questions!"
    ),
    .calm(
      "Dear Accounts Payable, invoice 5521 (USD 7,800.00) remains unpaid 45 days after its due date. Kindly advise on the status of this payment."
    ),
    .calm(
      "Hiya Tash, hope you're good! Invoice for the bathroom tiling (£1,430) is overdue now - can you let me know when you're able to pay? Ta, Gaz"
    ),
    .calm(
      "Hi Mr Brown, sorry to trouble you. The invoice for the garden work, £380, was due two weeks ago. Could you let me know when it will be paid?"
    ),
    .calm(
      """
      Hi team,

      Unfortunately invoice 2044 ($9,200) is now overdue. I'm disappointed we haven't heard back, but I'm sure we can sort it out.

      Who is the best person to speak to about payment?

      Thanks,
      Alex
      """),
    .calm(
      "Hi Pete, thanks for the update. If the client pays you on the 12th, could you pay my invoice 31 (£700) by the 19th? That would really help."
    ),
    .calm(
      "Hey Nina, the two invoices from October (£300 and £450) are both outstanding. Could you let me know when they'll be paid? Thanks x"
    ),
    .calm(
      "Hi Raj, I haven't received payment for invoice 4471 (£1,875), which was due on 1 November. Please could you look into it and let me know."
    ),
    .calm(
      """
      Dear Sir or Madam,

      Re: Invoice 7781 — £3,200.00 — overdue

      Our records show that the above invoice, due on 28 September 2026, has not been paid. Please arrange payment to the account shown on the invoice, or contact me if you believe this is in error.

      Yours faithfully,
      M. Carter
      Carter Surveys
      """),
    .calm(
      "Hi Jess, all good with the website? Just a heads-up that invoice 9 ($2,400) was due on Monday. Thanks again for the great project!"
    ),
    .calm(
      "Hello Mrs Lee, I hope you're keeping well. Just to let you know that invoice 12 for the curtains (£560) is now overdue. Please give me a ring if you'd like to talk it through."
    ),
    .calm(
      "Hi Felix, following up on my email of 4 November about invoice 66. I'd appreciate an update on when payment will be made."
    ),
    .calm(
      "Hi Morgan, I'm still keen to get invoice 1203 ($850) settled. Would a payment plan help? I'm open to ideas."
    ),
    .calm(
      "Hi! Could you send over the remittance for invoice 402 once it's paid? My bank hasn't shown anything yet. Thanks 🙂"
    ),
    .calm(
      """
      Hi Anna,

      Thanks for letting me know about the delay on your side. I understand.

      To keep things simple, could you confirm a date this month when the £1,500 for invoice 8 will be paid? Once I have that, I won't chase further.

      Best regards,
      Ivo
      """),
    .calm(
      "Dear Mr Schmidt, this is a polite reminder that invoice 2026/14 for €1,980 is overdue. I would appreciate payment at your earliest convenience."
    ),
    .calm(
      "Hi Jamie, payment for invoice 33 is now three weeks late. Please let me know today or tomorrow if there is a problem so we can work something out."
    ),
    .calm(
      "yo mate, the £200 for the gig last month - any chance you can send it this week? cheers"),
    .calm(
      "Hi Claire, I'm checking in on invoice 501 ($1,000). If part payment is easier right now, that's fine with me — just let me know what works."
    ),
    .calm(
      "Good morning Mr Adeyemi, I'm following up on the balance of £2,050 for the kitchen fitting. Could you confirm when I can expect it?"
    ),
    .calm(
      "Hi Sophie, a reminder that the final 50% ($3,000) for the app build was due on delivery on 2 November. When can I expect it?"
    ),
    .calm(
      "Hi Dan, I know you've had a lot on. The invoice for the consultancy days (£2,600) is overdue, so I'd be grateful if you could prioritise it this month."
    ),
  ]
}
