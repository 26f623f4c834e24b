import ParleyKit
import Testing

extension ToneCorpus {
  /// Drafts whose words are calm but whose timing is not, and their calm twins.
  static let flaggedFromContext: [CorpusDraft] = [
    .revise(
      "Hi Sam, just a quick reminder that invoice 42 (£450) is overdue. Thanks!", .pestering,
      context: ToneContext(today: today, daysSinceLastOutboundContact: 1)),
    .revise(
      "Hi Sam, following up on yesterday's email about invoice 42.", .pestering,
      context: ToneContext(today: today, daysSinceLastOutboundContact: 0)),
    .revise(
      "Hello, checking in on invoice 9 once more. Could you confirm a date?", .pestering,
      context: ToneContext(
        today: today, daysSinceLastOutboundContact: 4, outboundContactsLast7Days: 2,
        outboundContactsLast30Days: 9)),
    .revise(
      "Hi Lucy, any update on the payment for invoice 8?", .pestering,
      context: ToneContext(
        today: today, daysSinceLastOutboundContact: 12,
        promisedPaymentDate: Day(year: 2026, month: 12, day: 10))),
    .revise(
      "Hi Bob, just checking the January installment will go out as planned.", .pestering,
      context: ToneContext(
        today: today, daysSinceLastOutboundContact: 20, planInstallmentNotYetLate: true)),
    .revise(
      "Hi Jill, the invoice for £600 is overdue. If it isn't paid, I may have to consider the small claims court.",
      .prematureLegal, context: earlyCase),
    .revise(
      "Dear Mr Ellis, please pay invoice 31 (£2,200) within 14 days, after which I will instruct solicitors.",
      .prematureLegal, context: earlyCase),
    .revise(
      "Hi Gemma, I've been reading about the county court process in case it comes to that. Invoice 4 is £1,100.",
      .prematureLegal, context: earlyCase),
    .calm(
      "Hi Sam, just a quick reminder that invoice 42 (£450) is overdue. Thanks!",
      context: ToneContext(today: today, daysSinceLastOutboundContact: 8)),
    .calm(
      "Hi Lucy, the payment you promised for 25 November hasn't arrived. Could you check?",
      context: ToneContext(
        today: today, daysSinceLastOutboundContact: 9,
        promisedPaymentDate: Day(year: 2026, month: 11, day: 25))),
    .calm(
      "Hi Bob, the December installment of £400 was due on 25 November and hasn't arrived. Could you check?",
      context: ToneContext(today: today, daysSinceLastOutboundContact: 14)),
    .calm(
      "Hi Grace, would you be willing to try mediation for invoice 31? If that fails, the small claims court would be the last resort.",
      context: earlyCase),
    .calm(
      "Dear Mr Lowe, as mediation did not resolve invoice 50, I will issue a claim in the county court if it is not paid within 14 days.",
      context: mediationCase),
  ]
}
