// swift-format-ignore-file
// Data: drafts kept exactly as written, one literal each.

/// Held-out tone drafts, written blind (without reading the rules); never tune against them.
///
/// Labels assume no case context: the checker sees only the text. `flagged` is true when a
/// careful, calm professional would say "revise" or "don't send"; false when the draft is fine
/// to send (notes allowed). Where a draft is dated, "today" is Sunday 29 November 2026.
enum ToneHeldOutSet {
  struct Sample { let text: String; let flagged: Bool; let categories: [String] }
  static let samples: [Sample] = [

    // MARK: - Flagged

    Sample(
      text: #"Hi Dan, that's the third time I've messaged about the March invoice. Can you just pay it please."#,
      flagged: true, categories: ["pestering"]),
    Sample(
      text: #"Still waiting on that £380 🙄 any day now mate"#,
      flagged: true, categories: ["pestering", "sarcasm"]),
    Sample(
      text: #"Pay by tonight or I'm taking this further."#,
      flagged: true, categories: ["ultimatum", "threat"]),
    Sample(
      text: #"""
        Hi Laura,

        If the full £2,400 isn't in my account within 24 hours, my solicitor will be in touch. I'm done asking nicely.

        Ben
        """#,
      flagged: true, categories: ["ultimatum", "prematureLegal"]),
    Sample(
      text: #"Fine. I'll see you in small claims court then. Don't say I didn't warn you."#,
      flagged: true, categories: ["prematureLegal", "threat"]),
    Sample(
      text: #"""
        Marcus,

        You're a crook and a liar. You told me to my face the money had gone out two weeks ago, and it never did. I don't know how you live with yourself.
        """#,
      flagged: true, categories: ["insult", "anger"]),
    Sample(
      text: #"Just pay the fucking invoice, Gary."#,
      flagged: true, categories: ["profanity", "anger"]),
    Sample(
      text: #"""
        Dear Sophie,

        I'm sure you're incredibly busy running such a successful agency, so I won't take up too much of your precious time. I only wondered whether invoice 0917 might eventually find its way onto someone's desk, whenever it's convenient for you, of course.

        Warmest regards,
        Hannah
        """#,
      flagged: true, categories: ["sarcasm"]),
    Sample(
      text: #"As per my last three emails, the invoice is attached. Again."#,
      flagged: true, categories: ["sarcasm", "pestering"]),
    Sample(
      text: #"""
        Hi Connor,

        I'd really hate for this to end up on Google reviews, but I do think other tradespeople deserve to know who they're working for. Let's get it sorted before it comes to that.

        Dean
        """#,
      flagged: true, categories: ["publicShaming", "threat"]),
    Sample(
      text: #"Don't make me write a LinkedIn post about how Brightwave treats its suppliers. I will if I have to."#,
      flagged: true, categories: ["publicShaming", "threat"]),
    Sample(
      text: #"Maybe I should let your clients know how you treat the people who actually do the work for you. Food for thought."#,
      flagged: true, categories: ["publicShaming", "threat"]),
    Sample(
      text: #"""
        Sanjay — if I don't get a reply from you by Monday I'll be emailing your manager at Hollis Group directly and copying in HR. I doubt they'd be impressed to hear their staff don't pay their debts.
        """#,
      flagged: true, categories: ["publicShaming", "threat"]),
    Sample(
      text: #"My daughter's birthday is next week and thanks to you I can't even buy her a present. I hope that's on your conscience."#,
      flagged: true, categories: ["guiltTrip"]),
    Sample(
      text: #"""
        Hi Rachel,

        I've had to borrow money from my mum to cover rent this month because your invoice hasn't been paid. I'm 41 years old. I hope you can sleep at night knowing that.

        Amy
        """#,
      flagged: true, categories: ["guiltTrip", "anger"]),
    Sample(
      text: #"You're literally killing my business. Do you understand that? Two staff might lose their jobs because of you."#,
      flagged: true, categories: ["guiltTrip", "anger"]),
    Sample(
      text: #"PAY ME WHAT YOU OWE ME!!!"#,
      flagged: true, categories: ["shouting", "anger"]),
    Sample(
      text: #"This is NOT acceptable. I EXPECT payment TODAY."#,
      flagged: true, categories: ["shouting", "ultimatum"]),
    Sample(
      text: #"Not a threat or anything, but I know where your office is."#,
      flagged: true, categories: ["threat"]),
    Sample(
      text: #"""
        Look, I'm not threatening you, but you really won't like what happens next if this isn't sorted by the weekend.
        """#,
      flagged: true, categories: ["threat", "ultimatum"]),
    Sample(
      text: #"""
        Dear Mr Hale,

        I have been more than patient. Please understand that there will be consequences if invoice 2207 remains unpaid, and you will only have yourself to blame for them.

        Yours sincerely,
        P. Okafor
        """#,
      flagged: true, categories: ["threat"]),
    Sample(
      text: #"Pay by Friday or I hand this to a debt collection agency and you can deal with them instead of me."#,
      flagged: true, categories: ["prematureLegal", "ultimatum"]),
    Sample(
      text: #"Keep ignoring me and the bailiffs will be knocking on your door before Christmas."#,
      flagged: true, categories: ["prematureLegal", "threat"]),
    Sample(
      text: #"Good luck getting a mortgage with a CCJ against your name, because that's exactly where this is heading 👋"#,
      flagged: true, categories: ["prematureLegal", "threat", "sarcasm"]),
    Sample(
      text: #"No rush or anything. Some of us have bills to pay, you know."#,
      flagged: true, categories: ["sarcasm", "guiltTrip"]),
    Sample(
      text: #"Thanks so much for ignoring my last four emails, really professional of you."#,
      flagged: true, categories: ["sarcasm", "pestering"]),
    Sample(
      text: #"Again?! Another excuse? Unbelievable."#,
      flagged: true, categories: ["pestering", "anger"]),
    Sample(
      text: #"""
        Dear Sirs,

        Re: Invoice INV-1043 — £6,720.00 including VAT

        I refer to the above invoice, which fell due for payment on 30 September 2026 and remains unpaid.

        Unless payment in full is received within 48 hours of the date of this letter, I will instruct my lawyers to commence legal action against your company without further notice, and I will seek every penny of my costs.

        Yours faithfully,

        Jonathan Reeve
        Reeve Structural Design Ltd
        14 Wharf Street, Leeds LS2 7EQ
        """#,
      flagged: true, categories: ["ultimatum", "prematureLegal", "threat"]),
    Sample(
      text: #"""
        Hi Chloe,

        I honestly don't know how else to say this. I did everything you asked. I redid the logo four times, I worked through a weekend when your launch moved, I answered your calls at ten at night. And in return I get silence.

        I'm furious, to be frank. I trusted you. I turned down other work to fit your project in, and now I'm the one who has to explain to my partner why we can't pay the gas bill.

        I don't think it's too much to ask to be paid for work you were happy with.

        Ellie
        """#,
      flagged: true, categories: ["anger", "guiltTrip"]),
    Sample(
      text: #"Honestly, you people are a joke. Amateur hour from start to finish."#,
      flagged: true, categories: ["insult"]),
    Sample(
      text: #"Genuine question: are you incompetent or just dishonest?"#,
      flagged: true, categories: ["insult", "sarcasm"]),
    Sample(
      text: #"Hope the new Range Rover was worth it 🚗💸 Funny how there's money for that but not for my invoice."#,
      flagged: true, categories: ["sarcasm"]),
    Sample(
      text: #"I'm going to tell everyone in the Bristol Freelancers group exactly what kind of client you are."#,
      flagged: true, categories: ["publicShaming", "threat"]),
    Sample(
      text: #"Just checking in AGAIN. This is my fifth reminder."#,
      flagged: true, categories: ["pestering", "shouting"]),
    Sample(
      text: #"Wow. Still nothing? Seriously?"#,
      flagged: true, categories: ["pestering", "anger"]),
    Sample(
      text: #"Last chance. Pay up by 5pm or else."#,
      flagged: true, categories: ["ultimatum", "threat"]),
    Sample(
      text: #"I'll be posting a one-star review on Trustpilot tonight unless I see the payment land."#,
      flagged: true, categories: ["publicShaming", "threat", "ultimatum"]),
    Sample(
      text: #"You've got until end of day tomorrow. After that, the gloves come off."#,
      flagged: true, categories: ["ultimatum", "threat"]),
    Sample(
      text: #"""
        Kevin,

        My attorney is drafting the lawsuit as we speak. Wire the $4,800 today and it all goes away. Your call.

        — Trish
        """#,
      flagged: true, categories: ["prematureLegal", "threat", "ultimatum"]),
    Sample(
      text: #"Please don't make me get lawyers involved over £450."#,
      flagged: true, categories: ["prematureLegal"]),
    Sample(
      text: #"No offence, but your accounts team are a bunch of clowns."#,
      flagged: true, categories: ["insult"]),
    Sample(
      text: #"What the hell is going on with my payment?"#,
      flagged: true, categories: ["profanity", "anger"]),
    Sample(
      text: #"This is total bullshit, Karen. You signed off the designs in August."#,
      flagged: true, categories: ["profanity", "anger"]),
    Sample(
      text: #"""
        I'm absolutely livid. I bent over backwards for you on this project and this is how you repay me? Unreal.
        """#,
      flagged: true, categories: ["anger", "guiltTrip"]),
    Sample(
      text: #"Kindly remind me which part of "due on receipt" was unclear?"#,
      flagged: true, categories: ["sarcasm"]),
    Sample(
      text: #"Must be nice, not having to pay for things 🙃"#,
      flagged: true, categories: ["sarcasm"]),
    Sample(
      text: #"Hi Tom, pinging you again on this. Did you get my messages yesterday, this morning and at lunch?"#,
      flagged: true, categories: ["pestering"]),
    Sample(
      text: #"""
        Hello Nadia,

        I've now reminded you three times this week and I'm still waiting for so much as an acknowledgement. Please respond.

        Regards,
        Oliver
        """#,
      flagged: true, categories: ["pestering"]),
    Sample(
      text: #"My kids are going without this month because of you. Just so you know."#,
      flagged: true, categories: ["guiltTrip"]),
    Sample(
      text: #"""
        Honestly I'm at breaking point. I haven't slept properly in weeks. You're the reason I'm lying awake at 3am wondering how I'll cover the mortgage, and I don't think you even care.
        """#,
      flagged: true, categories: ["guiltTrip"]),
    Sample(
      text: #"I know some people who are very good at getting money back. You really don't want me to give them a call."#,
      flagged: true, categories: ["threat"]),
    Sample(
      text: #"""
        Dear Ms Barker,

        INVOICE NO. 3381 — £1,150.00

        Despite previous correspondence, the above sum remains outstanding. Take notice that, should payment not be received by close of business on Wednesday 2 December 2026, I shall have no alternative but to issue proceedings against you in the County Court forthwith, and to seek all costs and interest, which will be considerable.

        Yours sincerely,

        Martin Cole
        Cole Joinery
        07700 900461
        """#,
      flagged: true, categories: ["prematureLegal", "ultimatum", "threat"]),
    Sample(
      text: #"FINAL WARNING!!! Pay INV-207 NOW"#,
      flagged: true, categories: ["shouting", "ultimatum"]),
    Sample(
      text: #"""
        > We'll pay when we're ready.

        Well, you'd better get ready fast, because I'm done being nice about it.
        """#,
      flagged: true, categories: ["threat", "anger"]),
    Sample(
      text: #"You’re an absolute joke. Don’t “circle back” to me again, just pay what’s owed."#,
      flagged: true, categories: ["insult", "anger"]),
    Sample(
      text: #"hey, just wondering if you forgot about me... again 😒 that's the 3rd time now"#,
      flagged: true, categories: ["pestering", "sarcasm"]),
    Sample(
      text: #"Maybe HMRC would be interested in how you run your books. Just a thought."#,
      flagged: true, categories: ["threat"]),
    Sample(
      text: #"If you can't pay a £200 invoice, maybe you shouldn't be running a business at all."#,
      flagged: true, categories: ["insult"]),
    Sample(
      text: #"""
        Hi Lee,

        Not sure what part of this you're finding so difficult. I sent the invoice, I sent the reminder, I sent the bank details twice. It really isn't rocket science.

        Thanks ever so much in advance,
        Jo
        """#,
      flagged: true, categories: ["sarcasm", "anger"]),
    Sample(
      text: #"I've told everyone at the co-working space what you did. Word gets around, Phil."#,
      flagged: true, categories: ["publicShaming"]),
    Sample(
      text: #"Damn it Steve, just pay me. I'm sick to death of chasing you."#,
      flagged: true, categories: ["profanity", "anger", "pestering"]),
    Sample(
      text: #"Can't believe I have to say this AGAIN but THE INVOICE IS OVERDUE."#,
      flagged: true, categories: ["shouting", "pestering"]),
    Sample(
      text: #"""
        Dear Accounts,

        This is now the fourth reminder I've sent regarding invoice 5520. I would be grateful for payment by return.

        Kind regards,
        Ruth Ahmed
        """#,
      flagged: true, categories: ["pestering"]),
    Sample(
      text: #"Ngl I'm pretty pissed off about this. Three weeks and not a word."#,
      flagged: true, categories: ["profanity", "anger"]),

    // MARK: - Calm

    Sample(
      text: #"Hi Dan, a friendly reminder that invoice INV-042 for £380 was due on 15 November. Could you let me know when it will be paid? Thanks, Mia"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Mr Ortiz,

        Invoice 1187 for $2,450.00 is now 21 days overdue. Please arrange payment by Friday, December 11, 2026, or let me know if there is an issue I can help with.

        Best regards,
        Dana Whitfield
        Whitfield Copy Studio
        (555) 014-2290
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Ms Greene,

        Final reminder: invoice INV-0311 for £1,200.00 (issued 1 October 2026, due 31 October 2026) remains outstanding.

        Please arrange payment within 14 days of this email, that is by Sunday 13 December 2026. If payment has not been received by then, I will propose mediation as the next step, as I would much prefer to resolve this without going further.

        Bank details are at the foot of the invoice.

        Kind regards,
        Tom Ashby
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Hi Claire, could you arrange payment of the October invoice (£840) by 31 December? That gives your team the whole of December to process it. Thanks, Sam"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hello Raj,

        As set out in clause 7 of our agreement, a late fee of 2% per month applies to balances unpaid after 30 days. The balance on invoice 2044 is therefore now £1,020.00, which includes a £20.00 late fee.

        Happy to talk if anything in the figures looks wrong.

        Best,
        Ines
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Accounts Payable,

        Invoice MD-118 (£3,600.00) was due on 2 October 2026. Under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest at 8% above the Bank of England base rate now accrues on the unpaid sum, together with fixed compensation of £70.00. An updated statement is attached as a PDF.

        Yours faithfully,
        Morgan Lister
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Fiona,

        We don't seem to be getting anywhere on the outstanding balance, and I'd rather not let it drag on for either of us. Would you be open to mediation? The small claims mediation service is free and usually done by phone in about an hour. If you're willing, I'll send over the details.

        Thanks,
        George
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Harlow Interiors Ltd
        Unit 4, Mill Lane
        Norwich NR3 1AB

        29 November 2026

        Dear Mr Pryce,

        Letter before claim: invoice HI-2209, £4,310.00

        I write regarding the above invoice for the fitting work completed at 18 Grange Road on 14 August 2026. The invoice was issued on 15 August with 30-day terms and remains unpaid. Reminders were sent on 22 September and 20 October, and we discussed the matter by phone on 3 November. I proposed mediation on 10 November and have not received a response.

        The sum now due is £4,310.00, plus statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998, which at today's date amounts to £97.40.

        Please pay the sum due, or reply setting out any reason you dispute it, within 14 days of the date of this letter. If I do not receive payment or a response by then, I may issue a claim in the County Court without further notice. I would still much prefer to settle this directly, and I remain open to discussing a payment plan.

        Copies of the invoice, the signed quotation and the correspondence are enclosed.

        Yours sincerely,

        Alison Harlow
        Director, Harlow Interiors Ltd
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Hi Nick, just so you know, I'll pause work on phase two until the outstanding balance is settled, and I'll pick it straight back up once it is. Shout if you'd like to talk it through."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Jenna,

        Unfortunately I haven't yet received payment for invoice 77 (£560, due 6 November). Could you check with your finance team and let me know an expected date?

        Many thanks,
        Leo
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Paul,

        I'm disappointed that we haven't been able to resolve the payment for the September shoot, but I'd like to find a way forward that works for both of us. Could we speak on Tuesday or Wednesday this week?

        Best wishes,
        Carys
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Attached is the PDF of INV-042 with VAT at 20% shown separately. Our VAT number is GB 123 4567 89, in case your AP team need it for their records."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Mark,

        Thanks for getting back to me. You wrote:

        > This is a total joke. You're a rip-off merchant and we're not paying a penny for this rubbish!!!
        > DON'T contact me again.

        I'm sorry you're unhappy with the result. So that I can look at it properly, could you tell me which parts of the work you feel weren't delivered as agreed? The parts you're happy with can be paid now, and we can discuss the rest separately.

        Kind regards,
        Priya
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"No need for court or anything like that, I'm sure we can sort this out between us. When would suit you for a quick chat?"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Aaron,

        If it helps, I'm happy to split the £1,800 into three monthly payments of £600, on 15 December, 15 January and 15 February. Let me know if that works or if a different schedule would suit better.

        Cheers,
        Beth
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Morning! Just a nudge on the website invoice when you get a sec 🙂"#,
      flagged: false, categories: []),
    Sample(
      text: #"Hey Jess, quick follow-up on invoice #2231 ($640). Net 30 ended last week. Could you confirm a payment date when you get a chance?"#,
      flagged: false, categories: []),
    Sample(
      text: #"Thanks for confirming payment on Thursday, Kate. I'll look out for it and send a receipt once it arrives."#,
      flagged: false, categories: []),
    Sample(
      text: #"Hi Sunil, would you have ten minutes for a call this week to agree a payment date for the July invoice? Wednesday afternoon works well for me."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Helen,

        This is a second reminder that invoice 2025-118 for £720.00, due on 30 October 2026, is still unpaid. If it has already been sent, please disregard this message and accept my thanks.

        Kind regards,
        Anna Kowalski
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Michelle,

        Please find below a summary of the account:

        INV-0398  £640.00  due 2 Nov 2026
        INV-0412  £320.00  due 16 Nov 2026
        Total overdue: £960.00

        Could you let me know when these are scheduled for payment?

        Thanks,
        Chris
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Ollie,

        Since mediation didn't resolve things last month, my next step would be to file a claim through Money Claim Online. I'd still genuinely prefer to settle this directly, so if you can propose a date or a plan before 14 December, I'll hold off.

        Best,
        Nat
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Ms Diane Foster
        22 Elm Close
        Reading RG1 4QP

        29 November 2026

        Dear Ms Foster,

        Letter before claim

        I am writing about invoice 0452 for £1,260.00 for garden landscaping completed on 3 September 2026. The invoice was due on 3 October 2026 and has not been paid, despite reminders on 10 October and 5 November.

        Please pay the outstanding amount, or contact me to agree a payment plan, within 30 days of the date of this letter. If you dispute the amount, please explain why so that I can consider it.

        I enclose an Information Sheet and a Reply Form, as required by the Pre-Action Protocol for Debt Claims, together with a copy of the invoice. You may wish to seek free debt advice; organisations such as Citizens Advice can help.

        If we cannot resolve this, I may start court proceedings, but I hope that won't be necessary.

        Yours sincerely,

        Gareth Lloyd
        Lloyd Landscapes
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Invoice 58 (£95) is now overdue. Please could you pay this week? Bank details below. Thanks, Ed"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Rosa,

        Thanks for explaining your concerns about the animation. I've separated the invoice so it's clear: the storyboard and voiceover (£1,100) aren't in question, so please could those be paid now? For the animation itself (£900), could you list the specific changes you think are outside what we agreed? Then we can go through them together.

        Best,
        Kwame
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"I understand things are difficult at the moment, and I appreciate you being honest about it. Would smaller monthly payments make this manageable?"#,
      flagged: false, categories: []),
    Sample(
      text: #"Thanks for the £500 received today, Luis. The remaining £700 is still outstanding. Could you confirm when you expect to pay the balance?"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Mr. Whitaker,

        RE: FINAL NOTICE — Invoice No. 10442

        Our records show that invoice no. 10442 in the amount of $3,275.00, dated September 4, 2026, remains unpaid. Payment was due on October 4, 2026.

        Per the terms of our agreement, a late charge of 1.5% per month applies to balances over 30 days. The current balance including late charges is $3,373.25.

        Please remit payment by December 14, 2026. If you have questions about this invoice or would like to discuss a payment arrangement, please call me at (555) 010-7734.

        Sincerely,

        Rebecca Lindqvist
        Owner, Lindqvist Bookkeeping LLC
        rebecca@lindqvist.example
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"I was disappointed not to hear back after our call on 12 November. Could you let me know where things stand with the payment?"#,
      flagged: false, categories: []),
    Sample(
      text: #"For your records, I've attached the invoice PDF, the signed SOW and the timesheet for October. Let me know if AP needs anything else to process it."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Dom,

        > Honestly your work was rubbish and you're lucky we're even replying. Pathetic.

        Sorry to hear you feel that way. Could you point me to the specific issues? I'm happy to fix anything that doesn't match the brief we agreed in June.

        Thanks,
        Rhiannon
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Got your message, thanks 🙏 Friday works for me."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Andrea,

        Just to confirm what we agreed on the phone today: £300 on 4 December 2026 and the remaining £300 on 4 January 2027, both by bank transfer to the account on the invoice.

        Thanks for taking the time to talk it through.

        Best,
        Marco
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"I appreciate month-end is busy for your team, so I'll keep this short: invoice 303 (£1,140) is overdue and I'd be grateful for a payment date."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Mrs Nwosu,

        As we haven't been able to agree a way forward, I'd like to suggest mediation through a local community mediation service. It's confidential, low cost, and neither of us would be bound by anything unless we both agree. I've attached their leaflet. Please let me know by 18 December whether you'd be willing to take part.

        Kind regards,
        Isla Brennan
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"If it would help, I can re-send the invoice straight to your accounts payable team. Just let me know the right address."#,
      flagged: false, categories: []),
    Sample(
      text: #"Per our terms (Net 15, 1.5% monthly late charge), the balance as of today is $1,522.50. Statement attached."#,
      flagged: false, categories: []),
    Sample(
      text: #"I'll get in touch again on 14 December if I haven't heard from you by then. Thanks, Harriet"#,
      flagged: false, categories: []),
    Sample(
      text: #"Please note that from 1 December I won't be able to start new work until the account is brought up to date. Everything delivered so far stays live, of course."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Grace,

        Thanks again for the outstanding feedback on the launch, it was lovely to read.

        Separately, invoice 4410 (£2,200) is now two weeks overdue. Could you nudge it through when you have a moment?

        Best,
        Felix
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Hiya, hope all's well. Invoice for the kitchen fitting (£2,150) was due Friday. Can you let me know when to expect it? Cheers, Rob"#,
      flagged: false, categories: []),
    Sample(
      text: #"I've no intention of taking this to court, Jim. I just need a date I can plan around."#,
      flagged: false, categories: []),
    Sample(
      text: #"The BACS payment reference should be INV-2026-118. Our IBAN and SWIFT/BIC are on page 2 of the PDF."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Ms Clarke,

        For clarity, the timeline so far: I sent invoice 6621 on 2 October, a reminder on 6 November, and a second reminder on 20 November. I haven't yet had a reply, so I wanted to check whether the invoices are reaching the right person.

        Kind regards,
        Hugo Marsh
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Meridian Print Ltd
        Accounts Department

        29 November 2026

        Dear Sir or Madam,

        Invoice 7781 — £9,850.00 plus VAT

        This invoice was issued on 1 September 2026 on 30-day terms and remains unpaid. We proposed mediation on 2 November; your office acknowledged the proposal but we have not received a decision.

        We ask that you pay the balance, or let us know of any dispute, within 14 days of this letter. If the matter remains unresolved after that, we will consider the options available to us, which may include a claim through the courts. We would prefer to avoid that, and we are open to an instalment arrangement if that would help.

        Statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998 are being applied from the due date.

        Yours faithfully,

        Sarah Quinn
        Finance Manager
        Quinn & Rowe Architects LLP
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Unfortunately, as the invoice is now 60 days overdue, I've had to pause the monthly retainer from December. I'm glad to restart as soon as it's settled."#,
      flagged: false, categories: []),
    Sample(
      text: #"Would a payment plan help? For example, £200 a month over five months, starting whenever suits you in December."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Jonas,

        I understand you've had a difficult quarter. Take the time you need to look at the options I sent, and let me know by 15 December which one works best for you.

        Warm regards,
        Petra
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"You mentioned on the phone that “the money’s definitely coming this month”. Could you confirm the date so I can plan around it?"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Daniel,

        I'm following up on invoice SB-0924 for £2,880.00, which was due on 31 October 2026 and is now overdue.

        I know these things can slip through the cracks, so I've attached a fresh copy. Under our terms of business, statutory interest applies to late payments between businesses, although I'd be happy to waive it if the invoice is paid by 11 December.

        If there's a problem with the invoice or with timing, let's talk: I'd much rather agree a plan than let this run on. If we can't find a way through, I'd suggest mediation as a next step.

        Best regards,

        Sophie Brand
        Brand & Pixel Studio
        sophie@brandpixel.example | 0161 496 0733
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Our accounts system sends an automatic reminder every 14 days, so please ignore those once this has been paid."#,
      flagged: false, categories: []),
    Sample(
      text: #"No problem at all, the 10th is fine. I've made a note of it. Thanks for letting me know."#,
      flagged: false, categories: []),
    Sample(
      text: #"hey! sorry to chase, just need the £90 for the logo tweaks when you get a minute x"#,
      flagged: false, categories: []),
    Sample(
      text: #"For completeness: if we can't agree, the next step under the pre-action protocol would be a claim in the county court, which I'd much rather avoid for both of us. I'm very open to a payment plan instead."#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Ian,

        A gentle reminder that invoice 219 for $1,200 is overdue as of Nov 20. I've attached a copy in case the original went astray.

        Thanks so much, and happy Thanksgiving!
        Maya
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Hi Tara, could you let me know whether invoice 0612 has been approved yet? If anything's holding it up on my side, I'm happy to fix it."#,
      flagged: false, categories: []),
    Sample(
      text: #"I'm not angry, just keen to get this settled. Would the first week of December work for payment?"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Dear Mr Kaur,

        Thank you for your email. I note your comment that the company is experiencing cash-flow difficulties, and I am sorry to hear it.

        To help, I can offer the following options for the outstanding £2,700.00:

        1. Three payments of £900.00 on 15 December 2026, 15 January 2027 and 15 February 2027; or
        2. Six payments of £450.00 on the 15th of each month from December 2026.

        Please let me know which you prefer by 11 December 2026, or suggest an alternative.

        Yours sincerely,
        Eleanor Voss
        Voss Translation Services
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Thanks Becky! Just a heads up that the Q3 invoice is now overdue. No drama, just let me know when it's likely to go through 😊"#,
      flagged: false, categories: []),
    Sample(
      text: #"Hello again, Stuart. Following up on my email of 12 November about invoice 88: could you let me know if it's been scheduled? Thanks, Kim"#,
      flagged: false, categories: []),
    Sample(
      text: #"""
        Hi Amir,

        I realise you said on our call that the team was unhappy with the delay on the second batch, and that's fair: it was late by four days, and I'm sorry for that.

        The invoice for the first batch (£1,350, INV-7702) is unrelated and is now overdue. Could that one go through while we sort out the second?

        Best,
        Zoe
        """#,
      flagged: false, categories: []),
    Sample(
      text: #"Quick one: the invoice went to accounts@ on 3 Nov. Could you check it landed? Happy to resend. Ta, Sid"#,
      flagged: false, categories: []),
  ]
}
