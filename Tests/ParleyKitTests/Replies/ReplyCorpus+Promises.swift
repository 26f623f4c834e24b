@testable import ParleyKit

extension ReplyCorpus {
  /// Promises to pay, with the amount and day a person would read.
  static let promises: [LabelledReply] = [
    .promise(
      "Hi Sam, sorry for the delay. I'll pay the £1,200 on Friday.",
      amount: "£1,200", date: "2026-12-04"),
    .promise("will pay tmrw", amount: nil, date: "2026-12-02"),
    .promise(
      "Payment of £450.00 will be made by the end of the month.",
      amount: "£450.00", date: "2026-12-31"),
    .promise(
      "Hey! Totally slipped my mind 🙈 I'll transfer it today.", amount: nil, date: "2026-12-01"),
    .promise(
      """
      Thanks for the reminder. We will settle invoice INV-2041 on the 15th.

      Kind regards,
      Priya Shah
      Accounts Payable | Northwind Ltd
      +44 20 7946 0000
      """, amount: nil, date: "2026-12-15"),
    .promise(
      "Hi Jordan — we’ll send the $2,400 by next Friday. Apologies for the wait.",
      amount: "$2,400", date: "2026-12-04", .us),
    .promise("No problem, I'll pay it Monday.", amount: nil, date: "2026-12-07"),
    .promise("Yes, sorry. Payment is scheduled for 15/12.", amount: nil, date: "2026-12-15"),
    .promise("Check will go out 12/18, sorry about that.", amount: nil, date: "2026-12-18", .us),
    .promise("I can pay £300 tomorrow, is that ok?", amount: "£300", date: "2026-12-02"),
    .promise(
      "We've scheduled the transfer of €850 for Thursday.",
      amount: "€850", date: "2026-12-03", .euro),
    .promise("Hi, you'll have the money by Friday. Cheers, Dan", amount: nil, date: "2026-12-04"),
    .promise(
      """
      Dear Ms Okafor,

      Thank you for your patience and for the clear breakdown of the hours. I have \
      checked it against our records and everything is in order. I will make the \
      payment of £3,150 on 10 December.

      With best wishes,
      Geoffrey Hale
      Finance Director
      """, amount: "£3,150", date: "2026-12-10"),
    .promise("ok ok will send it end of next week", amount: nil, date: "2026-12-11"),
    .promise("I'll sort it on the 20th when I get paid", amount: nil, date: "2026-12-20"),
    .promise("Promise I'll pay you by next week. Really sorry!!", amount: nil, date: "2026-12-07"),
    .promise(
      "We are paying it today, you should see it in your account within 3 working days.",
      amount: nil, date: "2026-12-01"),
    .promise(
      "Payment will be released in our next payment run on 18 December.",
      amount: nil, date: "2026-12-18"),
    .promise(
      "Sure thing, I'm going to pay it first thing tomorrow morning.",
      amount: nil, date: "2026-12-02"),
    .promise(
      """
      I'll pay £600 on Wednesday.

      On Mon, 30 Nov 2026 at 10:02, Alex Reid <alex@reid.design> wrote:
      > Hi Tom, just a reminder that invoice 117 for £600 is now 14 days overdue.
      > If there is a problem, let me know and we can set up a payment plan.
      """, amount: "£600", date: "2026-12-02"),
    .promise("Will pay in full by Dec 31st.", amount: nil, date: "2026-12-31"),
    .promise("We will wire $5,000 on Monday 12/7.", amount: "$5,000", date: "2026-12-07", .us),
    .promise(
      "I'll pay the remaining £250 on Friday, promise.", amount: "£250", date: "2026-12-04"),
    .promise("Paying now", amount: nil, date: "2026-12-01"),
    .promise("Hi, it's approved and will be paid on 2 January.", amount: nil, date: "2027-01-02"),
    .promise(
      "Apologies — I'll get the $800 over to you by end of month.",
      amount: "$800", date: "2026-12-31", .us),
    .promise("Expect the money in your account by Thursday 👍", amount: nil, date: "2026-12-03"),
    .promise("yep will pay it, sorry", amount: nil, date: nil),
    .promise(
      "It will be paid in our next payment run, apologies for the delay.",
      amount: nil, date: nil),
    .promise(
      "Hello,\nWe will transfer 1.200,00 EUR on 14.12.2026.\nMit freundlichen Grüßen\nKarl",
      amount: "1.200,00 EUR", date: "2026-12-14", .euro),
  ]
}
