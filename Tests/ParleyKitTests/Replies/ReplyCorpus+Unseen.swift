@testable import ParleyKit

extension ReplyCorpus {
  /// Replies written after the second round of rules was frozen, never tuned
  /// against. ``heldOut`` was the first such set; after it scored 0.47 the rules
  /// were broadened using it, so this set is the honest estimate now.
  static let unseen: [LabelledReply] = [
    // Promises
    .promise("I’ll pop a payment through on Friday afternoon.", amount: nil, date: "2026-12-04"),
    .promise(
      "Morning! The £2,250 will hit your account by Wednesday at the latest.",
      amount: "£2,250", date: "2026-12-02"),
    .promise("we'll get it paid by the 18th", amount: nil, date: "2026-12-18"),
    .promise(
      "Confirming we'll remit USD 3,400 on 12/10 per our net-30 cycle.", amount: "USD 3,400",
      date: "2026-12-10", .us),
    .promise("Money will be with you tomorrow, apologies again", amount: nil, date: "2026-12-02"),
    .promise("I'm settling it this week, honest.", amount: nil, date: "2026-12-04"),
    // Hardship
    .reply(.hardship, "We're completely out of cash until our investors come through."),
    .reply(.hardship, "I've had to close the business. I'm sorry, there's nothing left."),
    .reply(.hardship, "My partner's been seriously ill and we're living on one income."),
    .reply(.hardship, "Can't pay. Been made redundant."),
    .reply(
      .hardship, "Sales have dried up completely and I don't know how we'll make payroll."),
    .reply(.hardship, "we're in real financial trouble, sorry"),
    // Plans
    .reply(.asksForPlan, "Would £100 now and £100 on the 1st of each month work?"),
    .reply(.asksForPlan, "What about splitting it over Dec and Jan?"),
    .reply(.asksForPlan, "Could we structure this as a few smaller payments?"),
    .reply(.asksForPlan, "I can afford about $60 a week if that's acceptable.", .us),
    .reply(.asksForPlan, "Are you able to accept instalments on this invoice?"),
    .reply(.asksForPlan, "Any chance of paying it off gradually?"),
    // Disputes
    .dispute("The video you delivered is the wrong length and unusable for us.", about: .quality),
    .dispute("We were told this would cost £500 total, not £500 a day.", about: .amountWrong),
    .dispute(
      "The last two rounds of edits were your mistakes, not changes we asked for.",
      about: .quality),
    .dispute("I don't recall ever approving the extra day of shooting.", about: .neverAgreed),
    .dispute("Nothing has arrived here yet, so I'm not paying for anything.", about: .notReceived),
    .dispute("We settled this in September, I have the receipt.", about: .alreadyPaid),
    // More time
    .reply(.asksForMoreTime, "Could you give it until the end of next month?"),
    .reply(.asksForMoreTime, "Can I get back to you on payment after the holidays?"),
    .reply(.asksForMoreTime, "Mind if we settle up a little later in the month?"),
    .reply(.asksForMoreTime, "Would a short delay be OK? A week or two at most."),
    .reply(.asksForMoreTime, "Please could we have some breathing room on this?"),
    .reply(.asksForMoreTime, "Let me have until mid January please"),
    // Deflection
    .reply(.deflection, "Please direct all invoice queries to payables@harbourco.com."),
    .reply(.deflection, "I'm not involved in payments any more, Sarah took over."),
    .reply(.deflection, "Let me find out and come back to you."),
    .reply(.deflection, "Our system shows it as paid, it should be with you soon."),
    .reply(.deflection, "It's sitting with the MD for approval."),
    .reply(.deflection, "Has the invoice been sent to the right address? Nobody here has seen it."),
    // Hostile
    .reply(.hostile, "You people are vultures."),
    .reply(.hostile, "Do you ever stop? Seriously, get a life."),
    .reply(.hostile, "I'll be posting about how you treat clients on Facebook."),
    .reply(.hostile, "Bugger off."),
    .reply(.hostile, "Keep pushing and you'll get nothing at all, ever."),
    .reply(.hostile, "You're out of your mind if you think you're getting a penny."),
    // No real answer
    .reply(.noRealAnswer, "Hi, thanks for this."),
    .reply(.noRealAnswer, "Will check my emails later x"),
    .reply(.noRealAnswer, "Great, speak soon."),
    .reply(.noRealAnswer, "Hey! Long time no speak. How's the family?"),
    .reply(.noRealAnswer, "This mailbox is not monitored. Please do not reply."),
    .reply(.noRealAnswer, "Hmm."),
  ]
}
