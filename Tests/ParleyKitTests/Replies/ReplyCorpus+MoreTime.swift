@testable import ParleyKit

extension ReplyCorpus {
  /// Requests for more time, with or without a day.
  static let moreTime: [LabelledReply] = [
    .reply(.asksForMoreTime, "Could you give us a couple more weeks?"),
    .reply(.asksForMoreTime, "Can I have a bit more time please?"),
    .reply(.asksForMoreTime, "Is it OK if we pay a little later than planned?"),
    .reply(.asksForMoreTime, "we need another week or so"),
    .reply(.asksForMoreTime, "Could we push the due date back to the end of January?"),
    .reply(.asksForMoreTime, "Please bear with us, we'll get there."),
    .reply(.asksForMoreTime, "Can you hold off until after Christmas?"),
    .reply(.asksForMoreTime, "Any chance of an extension on this one?"),
    .reply(.asksForMoreTime, "I just need a few more days."),
    .reply(.asksForMoreTime, "Can we get until the 15th to pay? Our books close then.", .us),
    .reply(.asksForMoreTime, "Would it be possible to delay payment until January?"),
    .reply(.asksForMoreTime, "Can this wait till the new year?"),
    .reply(.asksForMoreTime, "Sorry, need a little longer on this one."),
    .reply(.asksForMoreTime, "Can you give me until Friday?"),
    .reply(.asksForMoreTime, "please be patient with us, it will come"),
    .reply(.asksForMoreTime, "Would you mind waiting another fortnight?"),
    .reply(
      .asksForMoreTime,
      """
      Hi Priya,

      Apologies for the silence. We're mid-way through a system migration and our \
      payment runs are paused. Could you allow us until the end of the month? I'll \
      confirm as soon as it's back up.

      Best regards,
      Tom
      """),
    .reply(.asksForMoreTime, "Can we revisit this in a few weeks?"),
    .reply(.asksForMoreTime, "We're not refusing to pay, we just need a couple more weeks."),
  ]
}
