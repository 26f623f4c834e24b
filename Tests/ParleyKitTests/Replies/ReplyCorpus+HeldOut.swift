@testable import ParleyKit

extension ReplyCorpus {
  /// Replies written after the rules were frozen and never tuned against: the
  /// honest estimate of accuracy on replies the rules have not seen.
  static let heldOut: [LabelledReply] = [
    // Promises
    .promise("Sorted — I'll send it over on Thursday morning.", amount: nil, date: "2026-12-03"),
    .promise(
      "Hi there, finance have confirmed the £975 goes out on the 9th.", amount: "£975",
      date: "2026-12-09"),
    .promise("transferring the money tonight x", amount: nil, date: "2026-12-01"),
    .promise(
      "Hey Chris, really sorry about this. Paying the full $1,250 on Monday, you have my word.",
      amount: "$1,250", date: "2026-12-07", .us),
    .promise("Will settle up by the 12th, promise 🙏", amount: nil, date: "2026-12-12"),
    .promise(
      """
      Good morning,

      Apologies for the oversight on our part. Your invoice has been approved and \
      will be paid on 11/12/2026 along with our other suppliers.

      Kind regards
      Accounts
      """, amount: nil, date: "2026-12-11"),
    .promise("I'll do the transfer this afternoon.", amount: nil, date: nil),
    .promise("Yes will pay £200 today and that clears it", amount: "£200", date: "2026-12-01"),
    // Hardship
    .reply(.hardship, "Honestly we're broke until the grant money arrives, I'm so sorry."),
    .reply(
      .hardship,
      "My husband passed away last month and I've not been on top of anything, money included."),
    .reply(.hardship, "We've had zero sales since October. I genuinely can't pay you right now."),
    .reply(.hardship, "There's no money in the business account at all at the moment."),
    .reply(
      .hardship,
      "Our biggest customer went bust owing us £40k so everything's on hold, including paying suppliers."
    ),
    .reply(.hardship, "im out of work and cant afford it rn"),
    .reply(
      .hardship, "The shop has been closed for repairs and we've had no income for six weeks."),
    .reply(
      .hardship, "We're trying to stay afloat. I can't promise anything at the moment.", .us),
    // Plans
    .reply(.asksForPlan, "could i do 3 payments of £300?"),
    .reply(.asksForPlan, "Is paying £75 a fortnight an option for you?"),
    .reply(.asksForPlan, "Could we pay a deposit now and clear the rest in the new year?"),
    .reply(
      .asksForPlan, "Would you be open to us paying this off monthly over the next half year?"),
    .reply(.asksForPlan, "we could manage 100 a month if that helps"),
    .reply(
      .asksForPlan,
      "I'd like to propose paying $400 on the 1st of each month until the balance is cleared.",
      .us),
    .reply(.asksForPlan, "Can we break it up into smaller amounts?"),
    .reply(.asksForPlan, "I can pay some of it now and the rest when I can?"),
    // Disputes
    .dispute("The copy had so many typos we couldn't publish it.", about: .quality),
    .dispute("We only ever agreed to 10 hours, not 18.", about: .neverAgreed),
    .dispute(
      "I'm still waiting for the final artwork, so no, I won't be paying yet.",
      about: .notReceived),
    .dispute("This invoice is £300 higher than your estimate.", about: .amountWrong),
    .dispute(
      "The site went live with broken links everywhere. We're not paying for that.",
      about: .quality),
    .dispute("We paid you in full by bank transfer on 3 November.", about: .alreadyPaid),
    .dispute(
      "Nobody here asked for the animation work, so we won't cover that part.", about: .scope),
    .dispute("The second half of the project was never delivered.", about: .notReceived),
    // More time
    .reply(.asksForMoreTime, "Could you possibly wait until the 20th?"),
    .reply(.asksForMoreTime, "Need a few extra days on this, sorry"),
    .reply(.asksForMoreTime, "Can we come back to this in January?"),
    .reply(.asksForMoreTime, "is there any flexibility on the due date?"),
    .reply(.asksForMoreTime, "Please can you give me till the end of next week"),
    .reply(.asksForMoreTime, "I'll need a little while longer I'm afraid."),
    .reply(.asksForMoreTime, "Could we move the payment to early January?"),
    .reply(.asksForMoreTime, "Just give me a bit of time to sort things out."),
    // Deflection
    .reply(.deflection, "Accounts deal with all of that, not me."),
    .reply(.deflection, "I've flagged it with finance."),
    .reply(.deflection, "Sent it over to our AP team, they'll sort it."),
    .reply(.deflection, "The bank transfer went through yesterday, it might take a while to show."),
    .reply(.deflection, "Can you send me a copy of the invoice? I can't find it."),
    .reply(.deflection, "Our bookkeeper handles payments, I'll let her know."),
    .reply(.deflection, "Leave it with me."),
    .reply(.deflection, "Payment's been authorised, it's just waiting to go through."),
    // Hostile
    .reply(.hostile, "You are unbelievable. Stop messaging me at 9pm."),
    .reply(.hostile, "Take me to court then, see what happens."),
    .reply(.hostile, "what a complete waste of space you are"),
    .reply(.hostile, "I'm blocking your number."),
    .reply(.hostile, "I'll be telling every business owner I know to avoid you."),
    .reply(.hostile, "Back off or I'm calling my lawyer."),
    .reply(.hostile, "Absolutely disgusting behaviour. You should be ashamed."),
    .reply(.hostile, "yeah whatever. dont hold your breath loser"),
    // No real answer
    .reply(.noRealAnswer, "Thanks, will pass on my regards to the team!"),
    .reply(.noRealAnswer, "Lol"),
    .reply(.noRealAnswer, "Sorry, who's this regarding?"),
    .reply(.noRealAnswer, "Can we catch up about the spring campaign next week?"),
    .reply(.noRealAnswer, "Message received 👌"),
    .reply(.noRealAnswer, "Hi, I'm currently on parental leave and will reply when I return."),
    .reply(.noRealAnswer, "Cool"),
    .reply(.noRealAnswer, "Hi! Did you see the photos from the launch party?"),
  ]
}
