extension DraftWriter {
  /// A polite first reminder: the invoices and a date to pay by.
  func friendlyReminder() throws(DraftError) -> DraftContent {
    try checkAgainstPlan(for: .friendlyReminder)
    try checkAgainstDispute(for: .friendlyReminder)
    let by = try deadline(for: .friendlyReminder)
    let paragraphs: [String?] = [
      "I hope you are well. This is a friendly reminder that \(invoiceReference(short: false)) "
        + "\(notYetPaid).",
      invoiceLines,
      [partPaymentThanks, disputeSentence].compactMap { $0 }.joined(separator: " "),
      "Could you arrange payment by \(words(by)), or let me know if anything is holding it "
        + "up? If it has already been paid, thank you, and please disregard this email.",
    ]
    return DraftContent(
      subject: "Friendly reminder: \(invoiceNames)",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: [
        "a friendly reminder that \(invoiceReference(short: true)) \(notYetPaid).",
        "Could you arrange payment by \(words(by)), or let me know if anything is holding it up?",
      ],
      replyBy: by)
  }

  /// A clear second reminder: how overdue, the last contact, a date to pay by.
  func firmReminder() throws(DraftError) -> DraftContent {
    try checkAgainstPlan(for: .firmReminder)
    try checkAgainstDispute(for: .firmReminder)
    let by = try deadline(for: .firmReminder)
    let paragraphs: [String?] = [
      "I am writing about \(invoiceReference(short: false)), which \(standing).",
      invoiceLines,
      [partPaymentThanks, brokenPromiseSentence ?? lastContactSentence, disputeSentence]
        .compactMap { $0 }.joined(separator: " "),
      "Please arrange payment of \(amountAsked) by \(words(by)). If that is difficult, please let "
        + "me know before then so that we can agree a way forward, such as a payment plan.",
      "If payment is already on its way, thank you, and please disregard this email.",
    ]
    return DraftContent(
      subject: "Payment overdue: \(invoiceNames) (\(balance))",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: [
        "this is a reminder that \(invoiceReference(short: true)) \(standing).",
        "Please arrange payment by \(words(by)), or let me know before then if a payment plan "
          + "would help.",
      ],
      replyBy: by)
  }

  /// The last reminder: pay or agree a plan by a date, or mediation comes next.
  func finalReminder() throws(DraftError) -> DraftContent {
    try checkAgainstPlan(for: .finalReminder)
    try checkAgainstDispute(for: .finalReminder)
    let by = try deadline(for: .finalReminder)
    let paragraphs: [String?] = [
      "I am writing about \(invoiceReference(short: false)), which \(standing).",
      invoiceLines,
      [endedPlanSentence ?? brokenPromiseSentence ?? lastContactSentence, disputeSentence]
        .compactMap { $0 }.joined(separator: " "),
      "I would like to settle this between us. Please pay \(theAmountAsked) by "
        + "\(words(by)), or contact me before then to agree a payment plan.",
      lateChargesParagraph,
      "If we cannot settle it by then, my next step will be to propose mediation: an "
        + "independent mediator helps both sides reach an agreement. \(mediationCostSentence)",
      debtAdviceSentence,
    ]
    return DraftContent(
      subject: "Final reminder before mediation: \(invoiceNames) (\(balance))",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: [
        "this is my final reminder about \(invoiceReference(short: true)).",
        "Please pay by \(words(by)) or contact me before then to agree a payment plan.",
        "If we cannot settle it by then, I will propose mediation.",
      ],
      replyBy: by,
      notes: lateChargesNotes)
  }
}
