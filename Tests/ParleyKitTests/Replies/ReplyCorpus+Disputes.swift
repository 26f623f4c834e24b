@testable import ParleyKit

extension ReplyCorpus {
  /// Disputes, with what they are about.
  static let disputes: [LabelledReply] = [
    .dispute("We won't be paying until the work is fixed.", about: .quality),
    .dispute(
      "The website still doesn't work on mobile. I'm not paying for something that's broken.",
      about: .quality),
    .dispute("We never received the final files, so we can't pay yet.", about: .notReceived),
    .dispute("The invoice is wrong — we agreed £1,500, not £2,000.", about: .amountWrong),
    .dispute(
      "We never agreed to the extra pages. They weren't in the original quote.",
      about: .neverAgreed),
    .dispute(
      "This is not what we asked for. The brief said two logo concepts, you delivered one.",
      about: .scope),
    .dispute("You've charged us twice for the same work.", about: .amountWrong),
    .dispute("We already paid this in October — please check your records.", about: .alreadyPaid),
    .dispute(
      "The translation was full of errors and we had to get it redone. We dispute this invoice.",
      about: .quality),
    .dispute(
      "We're disputing the charges for the extra revisions. Those were supposed to be included.",
      about: .scope, .us),
    .dispute("I never signed anything agreeing to these rates.", about: .neverAgreed),
    .dispute(
      "the app crashes constantly, fix it and then we'll talk about payment", about: .quality),
    .dispute("Your invoice includes 12 hours we didn't authorise.", about: .neverAgreed),
    .dispute(
      "We haven't received the goods yet, so there's nothing to pay for.", about: .notReceived),
    .dispute("Half the work isn't finished. I'll pay when it's done.", about: .unfinished),
    .dispute(
      """
      Dear Sam,

      I have reviewed invoice 2290. The rate on the invoice is £65 an hour, but your \
      quote of 3 September was £55 an hour. Until a corrected invoice is issued we \
      will hold payment.

      Yours sincerely,
      R. Patel
      """, about: .amountWrong),
    .dispute(
      "Not happy with the quality of the photos at all. Half of them are blurry.",
      about: .quality),
    .dispute(
      "We'll pay for the first phase but not the second, which we never approved.",
      about: .neverAgreed),
    .dispute("the quote said £800 and now you want £1,100?? no.", about: .amountWrong),
    .dispute("We won't pay for work that wasn't in the scope.", about: .scope),
    .dispute(
      "Still waiting on the source files you promised. Send them and I'll pay.",
      about: .notReceived),
    .dispute(
      """
      Hi Alex, I won’t be paying this invoice. The logo you sent is nothing like the \
      mood board we signed off and my team can’t use it.
      Thanks
      Jo
      """, about: .quality),
    .dispute("I will not be paying this invoice.", about: .other),
  ]
}
