@testable import ParleyKit

extension ReplyCorpus {
  /// Replies that answer nothing: acknowledgements, auto-replies, other topics.
  static let noRealAnswer: [LabelledReply] = [
    .reply(.noRealAnswer, "ok"),
    .reply(.noRealAnswer, "👍"),
    .reply(.noRealAnswer, "Noted, thanks."),
    .reply(.noRealAnswer, "Thanks for your email."),
    .reply(.noRealAnswer, "Got it."),
    .reply(.noRealAnswer, "Who is this?"),
    .reply(
      .noRealAnswer,
      """
      Thank you for your message. I am out of the office until 4 January with limited \
      access to email. For urgent matters please contact reception on 0161 496 0000.
      """),
    .reply(.noRealAnswer, "Automatic reply: I'm away until Monday 7 December."),
    .reply(
      .noRealAnswer, "Hope you had a lovely weekend! Also, can you send over the new banner sizes?"),
    .reply(.noRealAnswer, "Received."),
    .reply(.noRealAnswer, "Happy Christmas to you too!"),
    .reply(.noRealAnswer, "What's this about?"),
    .reply(.noRealAnswer, "Sure."),
    .reply(.noRealAnswer, "hey sorry was driving, what's up?"),
    .reply(.noRealAnswer, "Did you get my email about the new logo?"),
    .reply(
      .noRealAnswer,
      """
      Thanks

      On 30 Nov 2026, at 09:14, Sam Lee <sam@lee.studio> wrote:
      > Hi Chris, invoice 88 for £900 is now overdue. Please let me know when you
      > can pay, or if a payment plan would help. If the work isn't right, tell me.
      """),
    .reply(.noRealAnswer, "Yes."),
    .reply(.noRealAnswer, "Let me know if you need anything else from our side."),
    .reply(
      .noRealAnswer,
      """
      > Hi, invoice 44 is overdue. Can you let me know when it'll be paid?

      Hi, thanks. Hope you're well!
      """),
    .reply(
      .noRealAnswer,
      """
      Great to hear from you. How did the conference go?

      --
      Mark Evans | Accounts Manager
      Payments: accounts@evans.example | We pay suppliers in 30 days
      """),
  ]
}
