@testable import ParleyKit

extension ReplyCorpus {
  /// Replies that carry several signals, labelled by the precedence in ``ReplyKind``.
  static let mixed: [LabelledReply] = [
    .promise(
      "Things have been rough but I'll pay £400 on the 20th.", amount: "£400", date: "2026-12-20"),
    .reply(.hostile, "Your work is rubbish, the site is broken and you're a con man. Not paying."),
    .reply(.asksForMoreTime, "We will pay, we just need a bit more time."),
    .promise("I won't forget, I'll pay Friday.", amount: nil, date: "2026-12-04"),
    .reply(
      .hardship, "Cash flow is terrible at the moment, could you give us a few more weeks?"),
    .reply(
      .dispute,
      """
      Hi,

      We can pay the £2,000 for the design work on Friday, but we do not accept the \
      £600 for extra revisions — those were never agreed.

      Regards
      Helen
      """),
    .promise(
      "Can you give us until Friday? We'll pay the £700 then.", amount: "£700",
      date: "2026-12-04"),
    .reply(.asksForPlan, "Money is tight, but I could do £150 a month starting in January."),
  ]
}
