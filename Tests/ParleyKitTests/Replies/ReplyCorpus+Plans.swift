@testable import ParleyKit

extension ReplyCorpus {
  /// Requests for (or offers of) a payment plan.
  static let plans: [LabelledReply] = [
    .reply(.asksForPlan, "Could we pay in instalments? Maybe £200 a month?"),
    .reply(.asksForPlan, "is it ok if i pay half now and half next month"),
    .reply(.asksForPlan, "We'd like to set up a payment plan if that's possible."),
    .reply(
      .asksForPlan, "Things are tight at the moment - can we split it into three payments?"),
    .reply(.asksForPlan, "Any chance we could do monthly installments of $500?", .us),
    .reply(.asksForPlan, "I can pay £100 a week until it's cleared."),
    .reply(.asksForPlan, "Can I pay it off bit by bit?"),
    .reply(.asksForPlan, "Would you accept payment in stages over the next three months?"),
    .reply(.asksForPlan, "We can't pay it all at once, but could pay it in two chunks."),
    .reply(.asksForPlan, "Is there any way to spread the cost over a few months?"),
    .reply(.asksForPlan, "Could we agree a repayment schedule? Cash flow is difficult right now."),
    .reply(
      .asksForPlan,
      """
      Hi Tom,

      Thanks for being so patient. I've looked at our numbers and the honest answer \
      is that we can't clear the full £4,800 in one go. What I can do is £1,200 now \
      and the rest over the next three months. Would that work for you?

      Best,
      Lena
      """),
    .reply(.asksForPlan, "part payment now and rest in jan?"),
    .reply(.asksForPlan, "Could we do £50 per month? It's all I can manage."),
    .reply(.asksForPlan, "Happy to pay but would need to do it in installments if that's ok"),
    .reply(.asksForPlan, "can we sort out some kind of payment arrangement"),
    .reply(
      .asksForPlan,
      "Would a partial payment of £500 this week help, with the balance in January?"),
    .reply(.asksForPlan, "Let's talk about a plan — I want to pay but I need to spread it out."),
    .reply(.asksForPlan, "Can we pay $250 every two weeks until it's done?", .us),
  ]
}
