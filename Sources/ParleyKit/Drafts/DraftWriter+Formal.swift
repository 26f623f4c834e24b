extension DraftWriter {
  /// Proposes mediation: what it is, what it costs where the case runs, and
  /// who could mediate.
  func mediationProposal() throws(DraftError) -> DraftContent {
    try checkAgainstPlan(for: .mediationProposal)
    let by = try deadline(for: .mediationProposal)
    let details = DraftWriter.sentence(facts.extras.mediationDetails).map(
      DraftWriter.capitalisingFirst)
    let suggestion: [String] = [suggestedMediator.map { "I suggest \($0)." }, details]
      .compactMap { $0 }
    let paragraphs: [String?] = [
      "I am writing about \(invoiceReference(short: false)), which \(standing).",
      invoiceLines,
      endedPlanSentence ?? brokenPromiseSentence,
      facts.dispute.map { "We disagree about \(disputedPart($0)); a mediator can help with that." },
      "As we have not been able to settle this between us, I would like to suggest mediation. "
        + "A mediator is independent: they do not take sides or decide the outcome, but help us "
        + "both find an agreement. It is confidential, and it often settles things quickly. "
        + mediationCostSentence,
      suggestion.isEmpty ? nil : suggestion.joined(separator: " "),
      "Could you let me know by \(words(by)) whether you are willing to try mediation? If you "
        + "would rather pay the balance of \(balance) or agree a payment plan directly, I would "
        + "welcome that too.",
    ]
    return DraftContent(
      subject: "A suggestion: mediation for \(invoiceNames)",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: ([
        "about \(invoiceReference(short: true)): as we have not been able to settle it between "
          + "us, I would like to suggest mediation, which often settles things.",
        suggestedMediator.map { "I suggest \($0)." },
        "Could you let me know by \(words(by)) if you are willing to try it?",
      ] as [String?]).compactMap { $0 },
      replyBy: by,
      asksForPayment: false)
  }

  /// `Statement of account` from `a statement of account`: the enclosure as listed.
  static func enclosureTitle(_ enclosure: String) -> String {
    var text = Substring(enclosure)
    for article in ["a ", "an ", "the "] where text.hasPrefix(article) {
      text = text.dropFirst(article.count)
    }
    return capitalisingFirst(String(text))
  }
}
