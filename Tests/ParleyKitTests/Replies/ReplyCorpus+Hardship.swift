@testable import ParleyKit

extension ReplyCorpus {
  /// Cash-flow hardship: they cannot pay now, and say why.
  static let hardship: [LabelledReply] = [
    .reply(
      .hardship,
      """
      I'm really sorry but we can't pay right now. We lost our biggest client last \
      month and cash flow is awful.
      """),
    .reply(.hardship, "honestly mate im skint till xmas"),
    .reply(.hardship, "We simply don't have the funds at the moment."),
    .reply(.hardship, "Our own clients haven't paid us, so we're stuck until they do."),
    .reply(
      .hardship,
      "Business has been really slow and I'm struggling to keep up with bills. I haven't forgotten you."
    ),
    .reply(
      .hardship, "I cannot afford to pay this at the moment, I was made redundant in October."),
    .reply(
      .hardship,
      """
      Dear Alex,

      I owe you an honest explanation. The last quarter has been extremely difficult \
      for us: two large contracts were cancelled and we have had to let staff go. We \
      are not in a position to pay any supplier in full right now. I know this is not \
      what you want to hear and I am sorry.

      Regards,
      Maria
      """),
    .reply(.hardship, "I've been in hospital for the past month and money is very tight."),
    .reply(.hardship, "can't pay sorry. no money coming in"),
    .reply(
      .hardship, "We're having some cash-flow problems this quarter and can't cover it yet.", .us),
    .reply(.hardship, "The company is going through a really rough patch financially."),
    .reply(.hardship, "We're unable to pay until our funding comes through."),
    .reply(.hardship, "I don't think we'll be able to pay this month, things are tight."),
    .reply(
      .hardship, "Sorry Sam, we're in a bad way financially. The bank has frozen our overdraft."),
    .reply(
      .hardship,
      "We have entered administration. The administrators will be in touch with creditors."),
    .reply(
      .hardship, "Honestly I'd love to pay you but there's literally nothing in the account 😞"),
    .reply(
      .hardship,
      "we’re waiting on a big payment from our own customer and can’t pay anyone till it lands"),
    .reply(.hardship, "Money's been really tight since the flood at the shop."),
    .reply(
      .hardship, "Things are really hard right now, I'm sorry. We're barely keeping the lights on."),
  ]
}
