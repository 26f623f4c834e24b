@testable import ParleyKit

extension ReplyCorpus {
  /// Frozen set 2: 88 replies written after the third round of rules
  /// (the broadening that followed the unseen set), in voices and phrasings the
  /// rules were not written from, and committed before the rules were measured
  /// against it. It scored 54/88 blind; its misses were then read for the
  /// fourth round of rules, so it is now a development set. Never edit it to fit
  /// the rules; set 3, written blind, is the honest measure.
  static let frozen2: [LabelledReply] =
    frozen2Promises + frozen2Hardship + frozen2Plans + frozen2Disputes + frozen2MoreTime
    + frozen2Deflections + frozen2Hostile + frozen2NoRealAnswer

  static let frozen2Promises: [LabelledReply] = [
    .promise(
      "Hiya, sorry! Been mad busy. Will get that sorted for you Thursday x",
      amount: nil, date: "2026-12-03"),
    .promise(
      "Apologies for the delay on our side. Accounts have confirmed the balance of £1,875.40 is going out in Friday's BACS run.",
      amount: "£1,875.40", date: "2026-12-04"),
    .promise("Totally my bad. Paying you back Saturday, swear.", amount: nil, date: "2026-12-05"),
    .promise(
      "Hey Marcus - we're cutting checks on the 15th, yours is on the list for $3,200.",
      amount: "$3,200", date: "2026-12-15", .us),
    .promise(
      "I'll do a bank transfer first thing Monday morning for the full amount.",
      amount: nil, date: "2026-12-07"),
    .promise(
      """
      Dear Ms Patel,

      Further to your letter of 24 November, I can confirm that payment of €640 will be \
      remitted to your account no later than 11 December.

      Yours sincerely,
      R. Dubois
      """, amount: "€640", date: "2026-12-11", .euro),
    .promise("sending it now 🙏", amount: nil, date: "2026-12-01"),
    .promise(
      "Right, I'll get the money across to you by tomorrow night. Sorry again mate.",
      amount: nil, date: "2026-12-02"),
    .promise(
      "We intend to clear the outstanding invoice by 18/12.", amount: nil, date: "2026-12-18"),
    .promise(
      "Should be able to settle up with you on payday, which is the 24th.",
      amount: nil, date: "2026-12-24"),
    .promise(
      "Yes of course — I'll ping the $450 over via Zelle tonight.",
      amount: "$450", date: "2026-12-01", .us),
  ]

  static let frozen2Hardship: [LabelledReply] = [
    .reply(.hardship, "Honestly we're barely keeping our heads above water right now."),
    .reply(.hardship, "I've been off work with my back for six weeks and haven't earned a thing."),
    .reply(
      .hardship,
      "Our biggest customer went into administration owing us 40k, so everything's on hold."),
    .reply(.hardship, "Money's really tight since the baby arrived, I'm so sorry."),
    .reply(
      .hardship,
      "The restaurant's had to shut for repairs after the flood and we've got nothing coming in."),
    .reply(.hardship, "We're a tiny charity and our grant funding didn't get renewed this year."),
    .reply(.hardship, "Things are grim here, I had to let my only employee go last month."),
    .reply(
      .hardship, "Business has been brutal since the tariffs hit. We're scraping by.", .us),
    .reply(
      .hardship,
      "I just can't find the money at the moment, the bank's frozen our overdraft."),
    .reply(
      .hardship, "My mum passed last month and everything's a mess, I've not been working."),
    .reply(.hardship, "we're skint till the new contract starts, literally nothing in the account"),
  ]

  static let frozen2Plans: [LabelledReply] = [
    .reply(.asksForPlan, "Could I do it in monthly bits? Maybe £75 each time?"),
    .reply(.asksForPlan, "Would you take $250 now and $250 after the holidays?", .us),
    .reply(.asksForPlan, "We can manage fifty quid a week if that helps."),
    .reply(.asksForPlan, "Is there any way to pay this off over the next quarter?"),
    .reply(.asksForPlan, "I'd like to propose three equal payments in Dec, Jan and Feb."),
    .reply(.asksForPlan, "Can I pay a chunk now and the balance when our client pays us?"),
    .reply(
      .asksForPlan,
      "Happy to set up a regular payment until it's cleared, say £120 on the 1st of every month."),
    .reply(.asksForPlan, "Would a twelve-month payment plan be possible for the full amount?"),
    .reply(.asksForPlan, "How about I pay you £40 every Friday until it's done?"),
    .reply(.asksForPlan, "Could we divide the total into quarterly payments?"),
    .reply(.asksForPlan, "I can chip in what I can each payday if that's OK with you."),
  ]

  static let frozen2Disputes: [LabelledReply] = [
    .dispute(
      "The translation is riddled with errors and our German client complained. We won't be paying until it's corrected.",
      about: .quality),
    .dispute(
      "The invoice includes a social media pack that was never part of what we ordered.",
      about: .scope),
    .dispute(
      "We still haven't received the final artwork files, so I can't sign this off.",
      about: .notReceived),
    .dispute(
      "Your invoice says 32 hours but the timesheet you sent shows 24.", about: .amountWrong),
    .dispute("At no point did we agree to a rush fee.", about: .neverAgreed),
    .dispute(
      "This was paid by card on 3 November, please check your end.", about: .alreadyPaid),
    .dispute(
      "The site still has placeholder text on half the pages, it isn't finished.",
      about: .unfinished),
    .dispute(
      "The photos came out dark and grainy, not what we paid a premium for.", about: .quality,
      .us),
    .dispute(
      "You've billed us at your new rate, we were quoted £45 an hour.", about: .amountWrong),
    .dispute(
      "The app crashes every time someone logs in. We're not paying for something that doesn't work.",
      about: .quality),
    .dispute(
      """
      Hi Tom,

      I've gone through the invoice with the team. We never signed off the third \
      concept round, so we won't be paying that line.

      Thanks,
      Aisha
      """, about: .neverAgreed),
  ]

  static let frozen2MoreTime: [LabelledReply] = [
    .reply(
      .asksForMoreTime,
      "Could you hold off chasing until mid-January? Our year-end is a nightmare."),
    .reply(.asksForMoreTime, "Any chance we could have till the 20th instead?"),
    .reply(.asksForMoreTime, "I need a bit longer than I thought, sorry."),
    .reply(.asksForMoreTime, "Is there any flex on the due date?"),
    .reply(.asksForMoreTime, "Would you be OK waiting until our new financial year in April?"),
    .reply(.asksForMoreTime, "We'll need an extra fortnight or so to get this through."),
    .reply(.asksForMoreTime, "Can you give me a little breathing space on this one?"),
    .reply(.asksForMoreTime, "Could we get a 30-day extension on this?", .us),
    .reply(.asksForMoreTime, "Can the payment slide to next month?"),
    .reply(.asksForMoreTime, "Please can I have a few more weeks, I'm not ignoring you."),
    .reply(.asksForMoreTime, "Mind giving us some more time? Happy to confirm a date next week."),
  ]

  static let frozen2Deflections: [LabelledReply] = [
    .reply(.deflection, "That would be one for Gemma in finance, I'll cc her in."),
    .reply(.deflection, "I don't handle the money side — you want Pete."),
    .reply(.deflection, "Have raised it with our AP department, reference AP-20931."),
    .reply(.deflection, "We've paid it, it's probably just taking a while to clear."),
    .reply(.deflection, "Can you send it over as a PDF? Our system won't accept the link."),
    .reply(
      .deflection, "Invoices need to go through our procurement portal, I've attached the guide."),
    .reply(.deflection, "I'll run it past the directors at Thursday's meeting."),
    .reply(
      .deflection, "Our accountant does all the payments, I'll mention it when I see her."),
    .reply(
      .deflection, "Did you send it to the old email? We moved to a new accounts inbox."),
    .reply(.deflection, "Let me dig out the paperwork and I'll get back to you."),
    .reply(
      .deflection,
      "The transfer was initiated on our side yesterday, not sure why it hasn't landed."),
  ]

  static let frozen2Hostile: [LabelledReply] = [
    .reply(.hostile, "Pester me one more time and I'll report you for harassment."),
    .reply(.hostile, "You're a complete joke of a designer."),
    .reply(.hostile, "Go whistle for your money."),
    .reply(.hostile, "I've had enough of your nagging. Pack it in."),
    .reply(.hostile, "Lol good luck getting anything out of me"),
    .reply(.hostile, "Don't you dare threaten me with court, you little chancer."),
    .reply(.hostile, "You can stick your invoice where the sun doesn't shine."),
    .reply(.hostile, "What part of 'I'll pay when I'm ready' don't you understand?"),
    .reply(
      .hostile, "Knock it off with the reminders or I'm leaving you a 1-star review.", .us),
    .reply(.hostile, "Absolute shambles of a business. Never again."),
    .reply(.hostile, "I'm sick to death of hearing from you."),
  ]

  static let frozen2NoRealAnswer: [LabelledReply] = [
    .reply(.noRealAnswer, "Ta, received."),
    .reply(.noRealAnswer, "👋"),
    .reply(.noRealAnswer, "Who's this again?"),
    .reply(.noRealAnswer, "Hi, I've changed my number, save this one."),
    .reply(
      .noRealAnswer,
      "Out of office: I'm on annual leave with no access to email until 7 Dec. For anything urgent call Jess."
    ),
    .reply(
      .noRealAnswer, "Could you send me the link to the gallery again? Want to show my sister."),
    .reply(.noRealAnswer, "Lovely, thanks for letting me know."),
    .reply(.noRealAnswer, "Sounds good."),
    .reply(.noRealAnswer, "Can we catch up about the spring campaign sometime?"),
    .reply(
      .noRealAnswer,
      "Many thanks for getting in touch. Your email has been received and we will reply as soon as possible."
    ),
    .reply(.noRealAnswer, "Ok will have a read later"),
  ]
}
