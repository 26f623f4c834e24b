extension DraftWriter {
  /// Proposes mediation: independent, usually free or low-cost, often settles things.
  func mediationProposal() throws(DraftError) -> DraftContent {
    let by = try deadline(for: .mediationProposal)
    let provider = DraftWriter.phrase(facts.extras.mediationProvider)
    let details = DraftWriter.sentence(facts.extras.mediationDetails)
    let suggestion: [String] = [provider.map { "I suggest \($0)." }, details].compactMap { $0 }
    let paragraphs: [String?] = [
      "I am writing about \(invoiceReference(short: false)), which \(standing).",
      invoiceLines,
      "As we have not been able to settle this between us, I would like to suggest mediation. "
        + "A mediator is independent: they do not take sides or decide the outcome, but help us "
        + "both find an agreement. Mediation is usually free or low-cost, it is confidential, and "
        + "it often settles things quickly.",
      suggestion.isEmpty ? nil : suggestion.joined(separator: " "),
      "Could you let me know by \(by.inWords) whether you are willing to try mediation? If you "
        + "would rather pay the balance of \(balance) or agree a payment plan directly, I would "
        + "welcome that too.",
    ]
    return DraftContent(
      subject: "A suggestion: mediation for \(invoiceNames)",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: ([
        "about \(invoiceReference(short: true)): as we have not been able to settle it between "
          + "us, I would like to suggest mediation.",
        "It is usually free or low-cost and often settles things.",
        provider.map { "I suggest \($0)." },
        "Could you let me know by \(by.inWords) if you are willing to try it?",
      ] as [String?]).compactMap { $0 },
      replyBy: by)
  }

  /// The formal letter before claim, under the rules of ``LetterBeforeClaimRules``.
  ///
  /// - Throws: ``DraftError/replyWindowTooShort(days:minimum:rule:)`` for a
  ///   `days` extra under the rules' window.
  func letterBeforeClaim() throws(DraftError) -> DraftContent {
    let rules = facts.letterBeforeClaimRules ?? .elsewhere
    let days = facts.extras.responseDays ?? rules.replyDays
    guard days >= rules.replyDays else {
      throw .replyWindowTooShort(
        days: days, minimum: rules.replyDays, rule: rules.rule ?? "letter before claim")
    }
    let by = try day(afterDays: days)
    let owes = writesToClientInPerson ? "you owe" : "\(facts.client) owes"
    let overdue =
      facts.daysOverdue > 0 ? "The balance is now \(Self.days(facts.daysOverdue)) overdue." : nil
    var paragraphs: [String?] = [
      "I am writing about the balance of \(balance) that \(owes) me for \(invoiceNames):",
      statementLines,
      [overdue, lastContactSentence].compactMap { $0 }.joined(separator: " "),
    ]
    paragraphs += ruleParagraphs(rules, by: by, days: days)
    paragraphs += [
      "I remain open to agreeing a payment plan, or to mediation, which is usually free or "
        + "low-cost, and I would prefer to settle this between us.",
      "If I have not received payment or heard from you by \(by.inWords), I may start court "
        + "proceedings to recover the balance without further notice.",
    ]
    return DraftContent(
      subject: "Letter before claim: \(invoiceNames) (\(balance))",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: [
        "I have sent you a letter before claim, dated \(facts.today.inWords), about "
          + "\(invoiceReference(short: true)).",
        "Please read it and reply by \(by.inWords).",
        "I remain open to a payment plan or to mediation.",
      ],
      replyBy: by,
      notes: letterNotes(rules),
      isDated: true,
      enclosures: rules.enclosures.map(Self.enclosureTitle))
  }

  /// The paragraphs that follow the rule: what to do and by when.
  private func ruleParagraphs(
    _ rules: LetterBeforeClaimRules, by: Day, days: Int
  ) -> [String] {
    let position =
      "If you dispute any part of it, please tell me which part and why, with copies of any "
      + "documents you rely on."
    guard let rule = rules.rule else {
      return [
        "Please pay the balance of \(balance) by \(by.inWords), or reply by then with your "
          + "position. \(position)"
      ]
    }
    guard !rules.enclosures.isEmpty else {
      return [
        "This letter follows the \(rule). Please pay the balance of \(balance) by "
          + "\(by.inWords), or reply by then with your position. \(position)"
      ]
    }
    return [
      "I am sending this letter under the \(rule). With it I enclose "
        + "\(Self.andList(rules.enclosures)).",
      "Please read the Information Sheet and reply using the Reply Form by \(by.inWords), which "
        + "is \(Self.days(days)) from the date of this letter. If you need time to get advice, "
        + "please say so on the Reply Form.",
      "You can pay the balance in full, or, if you would like to pay in \(installmentWord)s, "
        + "please complete the Financial Statement and tell me what you can afford. I will "
        + "consider any offer carefully.",
    ]
  }

  /// Notes for the user: where the rule comes from and what to add or enclose.
  private func letterNotes(_ rules: LetterBeforeClaimRules) -> [String] {
    guard let rule = rules.rule else {
      let known = Jurisdiction.withID(facts.jurisdiction).flatMap { $0.id == "generic" ? nil : $0 }
      let name = known?.name ?? "your jurisdiction"
      return [
        "parley has pre-action rules for England & Wales only so far; check what \(name) "
          + "requires before sending (reply window, required content, enclosures). parley is "
          + "not legal advice. Source: \(rules.source).",
        "Set out how the amount is made up and any interest or charges you claim.",
      ]
    }
    var notes = [
      "Check the reply window and the rules against your jurisdiction; parley is not legal "
        + "advice. Source: \(rules.source)."
    ]
    if rules.enclosures.isEmpty {
      notes.append(
        "The \(rule) asks for the basis of the claim and how the sum is calculated; add any "
          + "statutory interest and compensation you claim.")
      notes.append(
        "If the client is a sole trader, record them as an individual: the Pre-Action Protocol "
          + "for Debt Claims then applies (30 days to reply, with enclosures).")
    } else {
      notes.append(
        "Enclose \(Self.andList(rules.enclosures)) (the forms are annexed to the \(rule)). "
          + "Date the letter and send it by post as well as by email.")
      notes.append(
        "The \(rule) asks the letter to say whether interest or other charges are being added, "
          + "and to give the agreement's details (written: its date and parties; oral: who "
          + "agreed what, and when). Add them before sending.")
    }
    return notes
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
