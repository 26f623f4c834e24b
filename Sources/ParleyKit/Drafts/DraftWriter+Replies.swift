extension DraftWriter {
  /// A reply to "we can't pay right now": understanding, and what they can pay and when.
  func cantPayReply() throws(DraftError) -> DraftContent {
    let by = try deadline(for: .cantPayReply)
    let plan: String
    var options: String?
    if let proposal = facts.proposal, !proposal.options.isEmpty {
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
      "Could you let me know by \(by.inWords) what you could pay now, and what you could pay "
        + "each month after that? If it is easier to talk it through, I am happy to arrange a call.",
    ]
    return DraftContent(
      subject: "\(DraftWriter.capitalisingFirst(invoiceNames)): finding a way forward",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "thank you for letting me know. I understand, and I would like to find a way forward "
          + "that works for both of us.",
        "For \(invoiceNamesToClient) (\(balance)), could you let me know by \(by.inWords) what "
          + "you could pay now and each month after that?",
        "A payment plan or a call are both fine.",
      ],
      replyBy: by,
      notes: facts.proposal.map(proposalNotes) ?? [])
  }

  /// A reply to a dispute: pay the part not in question, and say specifically
  /// what is wrong with the rest.
  ///
  /// - Throws: ``DraftError/missingExtra(_:field:)`` without the disputed
  ///   amount, and the checks of ``checkedAmount(_:field:kind:)``.
  func disputeReply() throws(DraftError) -> DraftContent {
    let disputed = try checkedAmount(
      facts.extras.disputedAmount, field: .disputed, kind: .disputeReply)
    let by = try deadline(for: .disputeReply)
    let undisputed = Money(
      minorUnits: facts.balance.minorUnits - disputed.minorUnits, currency: facts.currency)
    let about = DraftWriter.phrase(facts.extras.disputeAbout).map {
      " As I understand it, your query is about \($0)."
    }
    let split: String
    let ask: String
    let briefAsk: String
    if undisputed.minorUnits > 0 {
      split =
        "Of the \(balance) owed on \(invoiceNamesToClient), you have queried "
        + "\(disputed.formatted). That leaves \(undisputed.formatted) that is not in question. "
        + "Could you please pay that part by \(by.inWords)? Paying it does not affect your "
        + "position on the rest."
      ask = "So that I can look into the part in question properly, could you also tell me"
      briefAsk =
        "Could you pay the \(undisputed.formatted) not in question by \(by.inWords), and tell "
        + "me specifically what you disagree with on the rest, so I can look into it?"
    } else {
      split =
        "You have queried the whole balance of \(balance) owed on \(invoiceNamesToClient)."
      ask = "So that I can look into it properly, could you tell me"
      briefAsk =
        "Could you tell me by \(by.inWords) specifically what you disagree with, so I can look "
        + "into it?"
    }
    let paragraphs: [String?] = [
      thanks(for: "raising your query about \(invoiceNames)") + (about ?? ""),
      split,
      invoiceLines,
      "\(ask), by \(by.inWords), specifically what you disagree with and why, with any documents "
        + "or details that support it? I will consider them carefully and reply.",
      "I would like to resolve this fairly, and I am happy to talk it through.",
    ]
    return DraftContent(
      subject: "\(DraftWriter.capitalisingFirst(invoiceNames)): your query",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "thank you for raising your query about \(invoiceNamesToClient).",
        "Of the \(balance) balance, you have queried \(disputed.formatted).",
        briefAsk,
      ],
      replyBy: by)
  }
}
