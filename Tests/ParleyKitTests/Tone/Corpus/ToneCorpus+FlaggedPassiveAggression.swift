import ParleyKit
import Testing

extension ToneCorpus {
  /// Sarcasm and passive aggression, and public shaming.
  static let flaggedPassiveAggression: [CorpusDraft] = [
    .revise("As per my last email, invoice 42 is overdue.", .sarcasm),
    .revise("Hi Sam, per my previous email, the balance is £450.", .sarcasm),
    .revise("I'm sure you're very busy, but some of us have bills to pay.", .sarcasm),
    .revise("Some of us actually work for a living, you know.", .sarcasm),
    .revise("Thanks for nothing. I'll invoice someone who pays.", .sarcasm),
    .revise("As I've already explained, the invoice was due on 1 October.", .sarcasm),
    .revise("Not sure which part of 'due in 30 days' was unclear.", .sarcasm),
    .revise("Hope you enjoyed your holiday. Must be nice to have money for that.", .sarcasm),
    .revise("I'm sure the cheque is in the post, as always.", .sarcasm),
    .revise("In case you forgot, you still owe me $800.", .sarcasm),
    .revise("Whenever you get round to it, of course. No rush or anything.", .sarcasm),
    .revise("Thanks so much for finally replying. Now, about the invoice.", .sarcasm),
    .revise("I'm sure you have a very good reason for not paying invoice 9.", .sarcasm),
    .revise("Funny how you found the money for a new van but not for my invoice.", .sarcasm),
    .revise(
      "If it isn't too much trouble, could you possibly pay the invoice from June?", .sarcasm),
    .revise("With all due respect, you agreed to 14-day terms.", .sarcasm),
    .revise("Clearly you don't read your emails, so I'll try a text.", .sarcasm),
    .dontSend(
      "If this isn't paid by the 15th I'll be leaving a review on Google so people know what you're like.",
      .publicShaming),
    .dontSend("I'm going to post about this on LinkedIn and tag your company.", .publicShaming),
    .dontSend(
      "Other freelancers deserve to know how you treat suppliers. I'll be sharing my experience on social media.",
      .publicShaming),
    .dontSend("I'll tell everyone in the local business group what you're like.", .publicShaming),
    .dontSend(
      "Perhaps your clients would like to know you don't pay your suppliers? I have their emails.",
      .publicShaming),
    .dontSend("I'm contacting your employer about this on Monday.", .publicShaming),
    .dontSend("A one-star review on Trustpilot is the least you deserve.", .publicShaming),
    .dontSend("I'll name and shame you in every freelancer forum I'm in.", .publicShaming),
    .dontSend("Your reputation is about to take a hit. Word gets around.", .publicShaming),
    .dontSend(
      "I'll be writing to your board of directors and your investors about your conduct.",
      .publicShaming),
    .dontSend(
      """
      Dear Mr Vance,

      Invoice 808, £1,700, is 90 days overdue. If I do not receive payment by 31 December, I will publish a full account of this on my blog and on Twitter.

      Regards,
      K. Ito
      """, .publicShaming),
  ]
}
