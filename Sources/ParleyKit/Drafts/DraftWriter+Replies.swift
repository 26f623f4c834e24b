extension DraftWriter {
  /// A reply to "we can't pay right now": understanding, and what they can pay and when.
  func cantPayReply() throws(DraftError) -> DraftContent {
    let by = try deadline(for: .cantPayReply)
    let plan: String
    var options: String?
    if let proposal = freshProposal {
      plan = "A payment plan could help. For example:"
      options = optionLines(proposal.options)
    } else {
      plan =
        "A payment plan could help: for example, regular monthly \(installmentWord)s, or part "
        + "now and the rest later."
    }
    let paragraphs: [String?] = [
      thanks(for: "letting me know where things stand"),
      "I understand that things can be difficult, and I would like to find a way forward that "
        + "works for both of us. The balance is \(balance), for \(invoiceNamesToClient).",
      invoiceLines,
      plan,
      options,
      "Could you let me know by \(words(by)) what you could pay now, and what you could pay "
        + "each month after that? If it is easier to talk it through, I am happy to arrange a call.",
      debtAdviceSentence,
    ]
    return DraftContent(
      subject: "\(DraftWriter.capitalisingFirst(invoiceNames)): finding a way forward",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "thank you for letting me know. I understand, and I would like to find a way forward "
          + "that works for both of us.",
        "For \(invoiceNamesToClient) (\(balance)), could you let me know by \(words(by)) what "
          + "you could pay now and each month after that?",
        "A payment plan or a call are both fine.",
      ],
      replyBy: by,
      notes: facts.proposal.map(proposalNotes) ?? [],
      asksForPayment: false)
  }

  /// A reply to a dispute: pay the part not in question, and say specifically
  /// what is wrong with the rest.
  ///
  /// The disputed amount and what it is about come from the extras, else
  /// from the dispute recorded on the case (the whole balance when it
  /// named no amount).
  ///
  /// - Throws: ``DraftError/missingExtra(_:field:)`` with no disputed amount
  ///   given or recorded, and the checks of ``checkedAmount(_:field:kind:)``.
  func disputeReply() throws(DraftError) -> DraftContent {
    let recorded = facts.dispute
    let given =
      facts.extras.disputedAmount ?? recorded.map { $0.amount ?? facts.balance }
    let disputed = try checkedAmount(given, field: .disputed, kind: .disputeReply)
    let by = try deadline(for: .disputeReply)
    let undisputed = Money(
      minorUnits: facts.balance.minorUnits - disputed.minorUnits, currency: facts.currency)
    let about = DraftWriter.phrase(facts.extras.disputeAbout ?? recorded?.about).map {
      " As I understand it, your point is: \($0)."
    }
    let split: String
    let ask: String
    let briefAsk: String
    if undisputed.minorUnits > 0 {
      split =
        "Of the \(balance) owed on \(invoiceNamesToClient), you dispute "
        + "\(disputed.formatted). That leaves \(undisputed.formatted) that is not in question. "
        + "Could you please pay that part by \(words(by))? Paying it does not affect your "
        + "position on the rest."
      ask = "So that I can look into the part in question properly, could you also tell me"
      briefAsk =
        "Could you pay the \(undisputed.formatted) not in question by \(words(by)), and tell "
        + "me specifically what you disagree with on the rest, so I can look into it?"
    } else {
      split =
        "You dispute the whole balance of \(balance) owed on \(invoiceNamesToClient)."
      ask = "So that I can look into it properly, could you tell me"
      briefAsk =
        "Could you tell me by \(words(by)) specifically what you disagree with, so I can look "
        + "into it?"
    }
    let paragraphs: [String?] = [
      thanks(for: "telling me what you dispute about \(disputedInvoices)") + (about ?? ""),
      split,
      invoiceLines,
      "\(ask), by \(words(by)), specifically what you disagree with and why, with any documents "
        + "or details that support it? I will consider them carefully and reply.",
      "I would like to resolve this fairly, and I am happy to talk it through.",
    ]
    return DraftContent(
      subject: "\(DraftWriter.capitalisingFirst(invoiceNames)): what you dispute",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "thank you for telling me what you dispute about \(disputedInvoices).",
        "Of the \(balance) balance, you dispute \(disputed.formatted).",
        briefAsk,
      ],
      replyBy: by,
      asksForPayment: undisputed.minorUnits > 0)
  }
}
