/// Drafts for the tone benchmarks: calm and heated, short and long, in several voices.
enum ToneSamples {
  static let paragraphs = [
    "Hi Sam,\n\nI hope you are well. This is a friendly reminder that invoice INV-042 for "
      + "£1,200.00 was due on 1 October. Could you let me know when I can expect payment? If it "
      + "has already been paid, thank you, and please disregard this.\n\nKind regards,\nAlex",
    "Dear accounts team,\n\nInvoice 2026-017 (£3,450.00) is now 45 days overdue. Statutory "
      + "interest applies under the Late Payment of Commercial Debts Act. I would be glad to "
      + "agree a payment plan; please reply within 14 days.\n\nYours sincerely,\nJo Smith",
    "This is the THIRD time I have asked. As per my last email, pay the £2,400 by tonight or I "
      + "will take you to court and tell everyone on LinkedIn what you did!!",
    "I'm sure you're very busy, but some of us have bills to pay. You're ruining my business "
      + "and frankly you are a disgrace. Pay up within 24 hours.",
    "Thanks for the call today. As agreed, you will pay £500 on Friday 18 December and the "
      + "rest in two monthly installments of £350. I have noted it and will send a short "
      + "confirmation. I'm pausing further work until the first payment arrives.",
    "Hello Priya, unfortunately the balance of $2,150.00 on invoices 88 and 91 is still "
      + "outstanding. I'm disappointed we haven't been able to resolve this, so I'd like to "
      + "propose mediation, which is usually free and often settles things quickly.",
    "Still waiting. Again. Honestly, what a joke. If I don't hear back I'll leave a review "
      + "and contact your clients directly about how you treat suppliers.",
    "Dear Mr Jones,\n\nI am writing under the Pre-Action Protocol for Debt Claims about the "
      + "balance of £980.00. Please complete the enclosed Reply Form within 30 days. If we "
      + "cannot agree, I may start court proceedings. Mediation remains open.\n\nKind regards",
  ]

  /// Drafts of about `size` bytes each, cycling through the paragraphs.
  static func drafts(count: Int, size: Int) -> [String] {
    (0..<count).map { index in
      var text = ""
      var next = index
      while text.utf8.count < size {
        text += paragraphs[next % paragraphs.count] + "\n\n"
        next += 3
      }
      return text
    }
  }
}
