// swift-format-ignore-file
// Data: the replies are kept exactly as written, one literal each, so lines stay long.

/// Frozen set 3: client replies written blind (without reading the rules), never to be tuned against.
///
/// TODAY is assumed to be Sunday 2026-11-29. Where signals mix, the label is the dominant intent:
/// hostile > dispute > asksForPlan > promiseToPay (concrete) > hardship > asksForMoreTime > deflection.
/// A vague promise (no day, no amount) is a deflection. `amount` and `date` record what a promise
/// (or a request for time) in the reply itself states; figures only in a quoted earlier message don't count.
enum ReplyFrozenSet3 {
  struct Sample { let text: String; let kind: String; let amount: String?; let date: String? }
  static let samples: [Sample] = [

    // MARK: - promiseToPay

    Sample(
      text: #"Sorry for the delay! Sending £450 over first thing tomorrow morning 👍"#,
      kind: "promiseToPay", amount: "450.00 GBP", date: "2026-11-30"),
    Sample(
      text: #"""
        Dear Ms Patel,

        Thank you for your patience regarding invoice INV-2291. I can confirm that payment of £1,840.00 has been scheduled in our payment run for Thursday 3 December, and funds should clear in your account by close of business that day.

        Kind regards,
        Graham Whitlock
        Finance Controller | Marlow & Pike Ltd
        Tel 01632 960 118
        """#,
      kind: "promiseToPay", amount: "1840.00 GBP", date: "2026-12-03"),
    Sample(
      text: #"ok ok ill transfer the 600 bucks friday"#,
      kind: "promiseToPay", amount: "600.00 USD", date: "2026-12-04"),
    Sample(
      text: #"Hi Tom, we're a bit stretched this month if I'm honest, but I've set up a transfer of $2,300 for December 10 so you'll have it then."#,
      kind: "promiseToPay", amount: "2300.00 USD", date: "2026-12-10"),
    Sample(
      text: #"Payment's been approved 🙌 You'll see €975 land on Tuesday."#,
      kind: "promiseToPay", amount: "975.00 EUR", date: "2026-12-01"),
    Sample(
      text: #"Will settle in full on the 15th when our own client pays us. That's £3,200 incl VAT."#,
      kind: "promiseToPay", amount: "3200.00 GBP", date: "2026-12-15"),
    Sample(
      text: #"""
        Yes, will do. Expect it by Wednesday.

        On Fri, 27 Nov 2026 at 09:14, Sam Reed <sam@reeddesign.co.uk> wrote:
        > Hi Jo, just a reminder that invoice 1043 for £780 is now 14 days overdue.
        > Could you let me know when I can expect payment?
        > Thanks, Sam
        """#,
      kind: "promiseToPay", amount: nil, date: "2026-12-02"),
    Sample(
      text: #"I get paid on Tuesday so I'll send you the full 250 quid that evening, promise x"#,
      kind: "promiseToPay", amount: "250.00 GBP", date: "2026-12-01"),
    Sample(
      text: #"""
        Hi Dana,

        Apologies — this slipped through the cracks during our office move. I've scheduled an ACH for $1,125.00 to go out Monday 11/30.

        Best,
        Rick
        --
        Rick Alvarez | Operations
        Sunbelt Outdoor Co.
        """#,
      kind: "promiseToPay", amount: "1125.00 USD", date: "2026-11-30"),
    Sample(
      text: #"Right, I've sorted it. £95.50 coming your way on 7 December, once payroll has gone through."#,
      kind: "promiseToPay", amount: "95.50 GBP", date: "2026-12-07"),
    Sample(
      text: #"We will remit the outstanding balance of USD 4,000 no later than December 18, 2026. Please confirm your remittance details remain unchanged."#,
      kind: "promiseToPay", amount: "4000.00 USD", date: "2026-12-18"),
    Sample(
      text: #"apologies mate been slammed. friday without fail"#,
      kind: "promiseToPay", amount: nil, date: "2026-12-04"),
    Sample(
      text: #"Bonjour, sorry for my english. I pay you 1.200 € on monday 30, it is ok for you?"#,
      kind: "promiseToPay", amount: "1200.00 EUR", date: "2026-11-30"),
    Sample(
      text: #"Thanks for the nudge. The £2k will be with you by end of play Tuesday."#,
      kind: "promiseToPay", amount: "2000.00 GBP", date: "2026-12-01"),

    // MARK: - hardship

    Sample(
      text: #"Honestly we're a bit stretched at the moment. Two of our biggest clients haven't paid us and I'm juggling everything. I haven't forgotten you."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"I'm so sorry. I lost my job last month and things are really tight. I want to pay you, I just don't have it right now 😞"#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"""
        Dear Mr Okafor,

        I regret to inform you that the company is currently experiencing significant cash-flow difficulties following the collapse of a major contract. We have engaged an adviser and are reviewing all creditor positions. We fully acknowledge the sum owed and will be in touch as soon as our position is clearer.

        Yours sincerely,
        Helen Marsh
        Director, Fenwick Interiors Ltd
        """#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"money's super tight rn, rent just went out and I'm basically at zero till things pick up. sorry"#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"The bank pulled our overdraft last week, so we literally can't make any payments out until that's sorted. Not ideal, I know."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"Hi Priya — I've been in hospital for most of November and the business has basically stood still. Nothing's coming in. I'm mortified about your invoice."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"We're waiting on a big retainer that's three months late, and until it lands the account is running on fumes. It's not that we don't want to pay."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"things are grim here tbh. sales have dropped off a cliff since september and we've had to let two people go"#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"Hey Marcus, full transparency: we're running really lean right now and payroll has to come first. Your invoice is on my list, I promise, I just can't move it this week."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"Our HMRC bill came in a lot higher than we'd budgeted for and it has wiped out our reserves for the time being."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"I'm a sole trader and my wife had our baby six weeks early, I haven't worked since. Cash is nonexistent at the moment. Really sorry."#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"cash flow's shot, mate. the grant we were counting on fell through"#,
      kind: "hardship", amount: nil, date: nil),
    Sample(
      text: #"""
        I wish I had better news. The shop flooded last week and the insurers are dragging their heels, so there's nothing in the pot.

        > Could you confirm when the balance of £640 will be paid?
        > Many thanks,
        > Aoife
        """#,
      kind: "hardship", amount: nil, date: nil),

    // MARK: - asksForPlan

    Sample(
      text: #"Would it be possible to spread it over three months? I can't do it all in one go."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"can we do it in instalments? like 100 a week?"#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"""
        Dear Sarah,

        Further to your email, we accept that the invoice is due. Given our current position, we would like to propose settling the balance of £2,400 in four monthly payments of £600. Please let me know whether this would be acceptable.

        Best regards,
        David Lowe
        """#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Is there any way I could pay it off bit by bit? Even £50 a month would be doable for me."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Could we split this into two halves — one now-ish and one in January?"#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"We've had a rough quarter and cash is tight. Rather than leave you waiting, could we agree a payment schedule that works for both of us?"#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Hey! Any chance you'd take this in a few chunks? Like three payments over the next couple months? Totally want to get you paid."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Would you be open to a repayment arrangement? Happy to set up a standing order for whatever we agree."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Is a part-payment plan an option? I could manage something monthly but not the lot."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"I can send $500 on Friday and then would it be OK to pay the remaining $1,500 across December and January?"#,
      kind: "asksForPlan", amount: "500.00 USD", date: "2026-12-04"),
    Sample(
      text: #"Hi, I'm so sorry about this. Could I pay you weekly out of my wages? I'd rather do that than keep you hanging."#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"""
        Can we spread it?

        >>> Invoice #88 – £1,150 – due 1 Nov
        >>> Please pay by bank transfer to the account below.
        """#,
      kind: "asksForPlan", amount: nil, date: nil),
    Sample(
      text: #"Could we come to some arrangement over the balance? A couple of smaller payments would be a lot easier on our end than one lump sum."#,
      kind: "asksForPlan", amount: nil, date: nil),

    // MARK: - dispute

    Sample(
      text: #"The deliverables weren't what we agreed. The brief asked for six page templates and we got four. I'm not paying for work that wasn't done."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"We've been charged for 32 hours but the timesheet you sent in October says 24. Until that's reconciled we're holding the invoice."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"""
        Dear Mr Hughes,

        We do not accept that the sum of £3,750 is due. The photographs supplied on 12 October were not at the agreed resolution and several were unusable for print. We raised this with you at the time. We are willing to pay for the images we actually used (14 of 40) but not the full amount.

        Regards,
        Accounts Payable
        Hartley Print Group
        """#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"uhh the site still doesn't work on mobile?? why would I pay before it's fixed"#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"This invoice includes a rush fee which we never agreed to. Please reissue without it."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"Sorry but I think there's been a mix-up — we cancelled the second phase in writing back in September, so this shouldn't be billed at all."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"The translation was riddled with errors and our client sent it back. We had to pay someone else to redo it. I don't believe we owe you anything for that batch."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"Before we talk about paying in stages, the logo files were never delivered in vector format like the contract says. Fix that first."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"Hey Jess, we're not contesting the whole thing but the line for "additional revisions" wasn't something we signed off on. Can you take that off and resend?"#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"We were quoted £800 for this. The invoice is for £1,300. That's not what we agreed and I'd like an explanation."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"The copy arrived nine days late and we missed our launch. Our position is that the invoice should be reduced to reflect that."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"Quality of the edit was nowhere near the sample reel you showed us. We're not in a position to approve payment as things stand."#,
      kind: "dispute", amount: nil, date: nil),
    Sample(
      text: #"""
        Those hours look inflated to me. Nobody needs 6 hours for a favicon.

        On Thu, Nov 26, 2026 at 4:02 PM Alex Moreno <alex@moreno.studio> wrote:
        > Hi Chris,
        > Friendly reminder that invoice 2026-041 ($2,860) was due on Nov 15.
        > Thanks!
        """#,
      kind: "dispute", amount: nil, date: nil),

    // MARK: - asksForMoreTime

    Sample(
      text: #"Could I have until the 11th? Just want to make sure everything lines up on my end."#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-11"),
    Sample(
      text: #"Any chance of a couple more weeks? I'll be able to look at it properly then."#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"""
        Dear Ms Clarke,

        Thank you for your reminder. Our month-end close is in progress and I would be grateful for an extension until Friday 18 December so the invoice can go through our approval cycle.

        Kind regards,
        Martin Oduya
        """#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-18"),
    Sample(
      text: #"need a bit more time on this one, sorry. few more days?"#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"Hi, would it be alright if I paid after Christmas instead? The 28th maybe?"#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-28"),
    Sample(
      text: #"Can you give me till Wednesday? I'm away from my laptop till then."#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-02"),
    Sample(
      text: #"Is it cool if we push this to the first week of January?"#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"Could you hold off until the new year? We'd appreciate the flexibility."#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"Any leeway on the due date? Another fortnight would be a big help."#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"I'd like to ask for a short extension, say to 15 December, as the project budget code only reopens then."#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-15"),
    Sample(
      text: #"Could we revisit this in a week or so? Appreciate your patience."#,
      kind: "asksForMoreTime", amount: nil, date: nil),
    Sample(
      text: #"Please could I have until Monday 7th December to get this done? Thank you x"#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-07"),
    Sample(
      text: #"i know its late, could u let it slide till saturday? 🙏"#,
      kind: "asksForMoreTime", amount: nil, date: "2026-12-05"),

    // MARK: - deflection

    Sample(
      text: #"I've passed it to our finance lady, she'll sort it."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"Cheque went out last week, should be with you any day now."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"You'll need to speak to accounts about that, I don't handle payments. accounts@brightwell.co.uk"#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"Leave it with me 👍"#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"Yep will get that sorted soon"#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"""
        Dear Ms Byrne,

        Thank you for your email. Invoices are processed by our parent company's shared service centre in Leeds and I am unable to comment on payment timescales. I have forwarded your message to them.

        Regards,
        Office Manager
        Corbel Logistics
        """#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"I thought Dave already paid this? Let me check with him and come back to you."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"Our system shows it as approved so it should come through in one of the next payment runs."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"Hey! Pretty sure that went out already — can you double-check your end? Our bookkeeper handles all that."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"It's with the MD for sign-off. Nothing I can do until he's back."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"We need a PO number on the invoice before it can go into the system. Can you resubmit through the supplier portal?"#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"I'll chase it internally and let you know."#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"will def pay, just bear with me. will get round to it asap"#,
      kind: "deflection", amount: nil, date: nil),
    Sample(
      text: #"""
        Forwarding to Jenny in accounts.

        -----Original Message-----
        From: Lee Grant <lee@grantcopy.co.uk>
        Sent: 25 November 2026 10:12
        To: Paul Fenner
        Subject: Invoice 3310 overdue

        Hi Paul, invoice 3310 for £1,020 fell due on 10 November. Could you let me know when it will be paid?
        """#,
      kind: "deflection", amount: nil, date: nil),

    // MARK: - hostile

    Sample(
      text: #"Who do you think you are, chasing me like this? You'll get paid when I say so."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Stop emailing me. Seriously. One more message and I'm reporting this as harassment."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Absolute joke of a service and now you want money? Dream on. Do one."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Honestly, you are the most unprofessional contractor I've ever dealt with. Take me to court if you want, see how far you get."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"The work was garbage and you know it. Don't you dare send me another invoice for that rubbish."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"lmao you're actually begging for money now? pathetic"#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"""
        Mr Reid,

        Your tone in your last three messages has been frankly insulting. If you contact my staff again I will be instructing our solicitors to pursue you for harassment, and I will make sure every agency in this city knows exactly how you operate.

        P. Danvers
        """#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"f*** off with your invoices mate"#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Keep this up and I'll leave a review everywhere I can telling people what a nightmare you are to work with."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Do NOT contact me on my personal number again. Ever. 😡"#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"You've got some nerve. After the mess you left us with, you have the cheek to ask for payment?"#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Go ahead and chase it. You're not getting a penny, and good luck proving anything."#,
      kind: "hostile", amount: nil, date: nil),
    Sample(
      text: #"Fine, you'll get your precious £200 on Friday, now get off my back, you parasite."#,
      kind: "hostile", amount: "200.00 GBP", date: "2026-12-04"),

    // MARK: - noRealAnswer

    Sample(
      text: #"""
        Thank you for your email. I am currently out of the office with limited access to email until Monday 7 December. For urgent matters please contact reception on 020 7946 0321.

        Kind regards,
        Claire Dunn
        """#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Thanks, received."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"👍"#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Got it, thanks Ben."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Hey! Random q — do you know anyone who does video editing? We've got a new project coming up."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Hi, are you free for a quick call about the spring campaign? Nothing to do with the invoice, just want to pick your brain."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"I'm OOO for the Thanksgiving holiday and will respond when I return. If this is urgent, please reach out to team@northlane.io."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"""
        Thank you for contacting Brightside Support. Your ticket #48213 has been created and a member of our team will respond within 2 working days.

        Please do not reply to this email.
        """#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Noted."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Hope you had a good weekend! Did you catch the match?"#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Thanks so much for the lovely card! 🎄"#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"This mailbox is no longer monitored. Please resend your message to hello@quillandco.com."#,
      kind: "noRealAnswer", amount: nil, date: nil),
    Sample(
      text: #"Sorry, who is this? I think you might have the wrong number."#,
      kind: "noRealAnswer", amount: nil, date: nil),
  ]
}
