@testable import ParleyKit

extension ReplyCorpus {
  /// Deflections: someone else, somewhere else, or "it's on its way".
  static let deflections: [LabelledReply] = [
    .reply(.deflection, "You'll need to talk to accounts about that."),
    .reply(.deflection, "The cheque is in the post."),
    .reply(.deflection, "I'll look into it."),
    .reply(.deflection, "It's with our finance team, they'll be in touch."),
    .reply(.deflection, "The check is in the mail!", .us),
    .reply(.deflection, "Not my department I'm afraid, please email ap@northwind.co.uk"),
    .reply(.deflection, "I've passed this on to the person who deals with invoices."),
    .reply(
      .deflection,
      "Our accounts person is on holiday until the 14th, she'll pick it up when she's back."),
    .reply(.deflection, "We need a PO number before we can process it."),
    .reply(.deflection, "It's waiting for sign-off from the director."),
    .reply(.deflection, "I paid it last week, must be a bank delay."),
    .reply(.deflection, "Payment is being processed."),
    .reply(.deflection, "Sorry, we never got an invoice from you. Can you resend it?"),
    .reply(.deflection, "I'll check with Dave and get back to you."),
    .reply(.deflection, "It's in the system, should go through at some point."),
    .reply(.deflection, "Just sent it! Should be with you in a couple of days"),
    .reply(
      .deflection, "Have you tried contacting our head office? They handle all supplier payments."),
    .reply(.deflection, "I'll chase it up internally."),
    .reply(
      .deflection,
      """
      Hi Alex,

      Thanks for your email. I'm not the right person for this — invoices go through \
      our accounts payable team in Leeds. I've forwarded your message to them and \
      asked them to look at it.

      Thanks,
      James

      Sent from my iPhone
      """),
    .reply(.deflection, "leave it with me, will find out whats happening"),
  ]
}
