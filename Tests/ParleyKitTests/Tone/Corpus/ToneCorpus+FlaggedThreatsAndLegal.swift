import ParleyKit
import Testing

extension ToneCorpus {
  /// Threats of harm or "consequences", and legal threats made too early or as a bluff.
  static let flaggedThreatsAndLegal: [CorpusDraft] = [
    .dontSend("Pay the £450 you owe me by the end of the month or you'll regret it.", .threat),
    .dontSend(
      "I know where your office is, Dave. I'd hate to have to come down there and collect it myself.",
      .threat),
    .revise("If invoice 42 isn't paid, there will be consequences.", .threat),
    .revise("Pay up or face the consequences. Your choice.", .threat),
    .dontSend(
      "You'd better watch your back. People who don't pay their debts have a way of finding out how small this town is.",
      .threat),
    .revise(
      "I'm not threatening you, but I will take you to court if I have to.", .threat,
      .prematureLegal),
    .dontSend(
      "This isn't a threat, it's a promise: I'll make your life very difficult until I'm paid.",
      .threat),
    .revise("We will take you to court if the balance of $2,300 is not paid.", .prematureLegal),
    .revise("See you in court, Steve.", .prematureLegal),
    .revise(
      """
      Hi Martin,

      I've now waited 60 days for invoice 2026-44 (£3,100). If I don't receive payment, I'll have no choice but to take legal action.

      Regards,
      Ed
      """, .prematureLegal),
    .revise(
      "My solicitor will be in touch if I don't hear from you by Friday.", .prematureLegal,
      .ultimatum),
    .revise(
      "I will be passing this to a collection agency, and they won't be as nice as me.",
      .prematureLegal, .threat),
    .dontSend(
      "Keep ignoring me and I'll send the bailiffs round to your house.", .prematureLegal, .threat),
    .revise(
      "Just so you know, a CCJ will wreck your credit rating for six years. I'd pay if I were you.",
      .prematureLegal),
    .revise("I'm going to sue you for every penny, plus costs.", .prematureLegal),
    .revise(
      """
      Dear Mr Reid,

      I refer to invoice 77 for £980, which is overdue. If it is not paid within 14 days, I will issue a claim in the county court.

      Yours sincerely,
      A. Young
      """, .prematureLegal, context: earlyCase),
    .revise(
      "Hi Tom, invoice 12 (£540) is overdue. Please note I have spoken to my lawyer about my options.",
      .prematureLegal, context: earlyCase),
    .revise(
      "I won't hesitate to get my lawyers involved if this drags on any longer.", .prematureLegal),
    .revise(
      "Please pay invoice 3 ($700). Otherwise I will be forced to hand the matter over to my attorney.",
      .prematureLegal),
    .revise("You'll be hearing from my solicitors.", .prematureLegal),
    .revise("Last warning. Invoice 19, £310, overdue since August.", .threat),
    .revise("You have been warned.", .threat),
    .dontSend(
      "I can make things very unpleasant for you and your little company if you keep this up.",
      .threat),
    .revise("Mark my words, you will pay this one way or another.", .threat),
    .revise("I'd think very carefully about what happens next if I were you.", .threat),
    .revise(
      "Hi Jill, the invoice for £600 is overdue. If it isn't sorted this month, small claims court is my next step.",
      .prematureLegal, context: earlyCase),
    .revise(
      "We are now considering legal proceedings to recover the debt of £8,750.", .prematureLegal,
      context: earlyCase),
  ]
}
