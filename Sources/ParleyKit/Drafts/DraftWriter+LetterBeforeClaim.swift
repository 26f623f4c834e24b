extension DraftWriter {
  /// The formal letter before claim (a final demand for payment in an
  /// American letter), under the rules of ``LetterBeforeClaimRules``, with
  /// the statement of account it encloses.
  ///
  /// - Throws: ``DraftError/replyWindowTooShort(days:minimum:rule:)`` for a
  ///   `days` extra under the rules' window, the plan checks of
  ///   ``checkAgainstPlan(for:)`` and the dispute checks of ``checkAgainstDispute(for:)``.
  func letterBeforeClaim() throws(DraftError) -> DraftContent {
    try checkAgainstPlan(for: .letterBeforeClaim)
    try checkAgainstDispute(for: .letterBeforeClaim)
    let rules = applicableRules
    let days = facts.extras.responseDays ?? rules.replyDays
    guard days >= rules.replyDays else {
      throw .replyWindowTooShort(
        days: days, minimum: rules.replyDays, rule: rules.rule ?? "letter before claim")
    }
    let by = try day(afterDays: days)
    let owes = writesToClientInPerson ? "you owe" : "\(facts.client) owes"
    // A company claims in its own name; a person trading in theirs is "me".
    let creditor =
      facts.sender.isCompany == true ? facts.sender.business ?? "me" : "me"
    let overdue =
      facts.daysOverdue > 0 ? ", now \(Self.days(facts.daysOverdue)) overdue" : ""
    let agreement = DraftWriter.phrase(facts.extras.agreement).map { " It arises from \($0)." }
    var paragraphs: [String?] = [
      "I am writing about the balance of \(balance) that \(owes) \(creditor) for \(invoiceNames)"
        + "\(overdue).\(agreement ?? "") The enclosed statement of account sets out each "
        + "invoice and what has been paid:",
      statementLines,
      [endedPlanSentence ?? brokenPromiseSentence ?? lastContactSentence, disputeSentence]
        .compactMap { $0 }.joined(separator: " "),
    ]
    paragraphs += ruleParagraphs(rules, by: by, days: days)
    paragraphs += [
      lateChargesParagraph ?? (rules.enclosures.isEmpty ? nil : noChargesSentence),
      freelanceProtectionSentence,
      contractInterestSentence,
      "I remain open to agreeing a payment plan, or to mediation, and I would prefer to settle "
        + "this between us. \(mediationCostSentence)",
      debtAdviceSentence,
      "If I have not received payment or heard from you by \(words(by)), I may start court "
        + "proceedings to recover what is owed without further notice.",
    ]
    let title = facts.letterTitle
    var enclosures = rules.enclosures.map(Self.enclosureTitle)
    if !enclosures.contains("Statement of account") {
      enclosures.insert("Statement of account", at: 0)
    }
    return DraftContent(
      subject: "\(title): \(invoiceNames) (\(balance))",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: [
        "I have sent you a \(title.lowercased()), dated \(words(facts.today)), about "
          + "\(invoiceReference(short: true)).",
        "Please read it and reply by \(words(by)).",
        "I remain open to a payment plan or to mediation.",
      ],
      replyBy: by,
      notes: letterNotes(rules) + lateChargesNotes,
      isDated: true,
      enclosures: enclosures,
      attachments: [statementOfAccount] + formPages(rules))
  }

  /// A page for each of the rule's forms (the protocol's annexes), saying
  /// where it is published: parley links the official forms rather than
  /// copying them, so they are always the current version.
  private func formPages(_ rules: LetterBeforeClaimRules) -> [DraftAttachment] {
    guard let rule = rules.rule else { return [] }
    return rules.enclosures.map(Self.enclosureTitle).filter { $0 != "Statement of account" }
      .map { title in
        let published = rules.formsURL.map { " at \($0)" } ?? ""
        return DraftAttachment(
          title: title,
          lines: ["The \(title) is published with the \(rule)\(published), as one of its annexes."])
      }
  }

  /// The rules for this letter: the profile's, unless they are only for
  /// companies and the user trades in their own name.
  private var applicableRules: LetterBeforeClaimRules {
    guard let rules = facts.letterBeforeClaimRules else { return .elsewhere }
    if rules.entityClaimantsOnly && facts.sender.isCompany != true { return .elsewhere }
    return rules
  }

  /// What the letter says about the rule it follows: what to do and by when.
  private func ruleParagraphs(
    _ rules: LetterBeforeClaimRules, by: Day, days: Int
  ) -> [String] {
    let position =
      "If you dispute any part of the balance, please tell me which part and why, with copies "
      + "of any documents you rely on."
    var asked = theAmountAsked
    if let claim = facts.extras.lateCharges, claim.total.minorUnits > 0 {
      let total = Money(
        minorUnits: undisputed.minorUnits &+ claim.total.minorUnits, currency: facts.currency)
      asked += " with the interest and compensation set out below (\(total.formatted) in all today)"
    }
    let pay = "Please pay \(asked) by \(words(by)), or reply by then with your "
    guard let rule = rules.rule else { return [pay + "position. \(position)"] }
    let citation = rules.citation ?? "This letter is sent in line with the \(rule)."
    guard !rules.enclosures.isEmpty else {
      return ["\(citation) \(pay)position. \(position)"]
    }
    let forms =
      rules.formsURL.map { " The three forms are also published with the protocol at \($0)." } ?? ""
    let replyTo =
      facts.sender.address.isEmpty
      ? facts.sender.email.map { " Please send it to me at \($0)." } ?? ""
      : " Please send it to me at the address above"
        + (facts.sender.email.map { " or by email to \($0)" } ?? "") + "."
    return [
      "\(citation) With it I enclose \(Self.andList(rules.enclosures)).\(forms)",
      "Please read the Information Sheet and reply using the Reply Form by \(words(by)), at least "
        + "\(Self.days(days)) from the date of this letter.\(replyTo) If you need time to get "
        + "advice, please say so on the Reply Form. \(position)",
      "You can pay the balance in full, or, if you would like to pay in \(installmentWord)s, "
        + "please complete the Financial Statement and tell me what you can afford. I will "
        + "consider any offer carefully.",
    ]
  }

  /// The sentence a protocol letter needs when nothing is added to the balance.
  private var noChargesSentence: String {
    "I am not adding interest or other charges to this balance."
  }

  /// For a freelancer chasing a business where the profile names freelance
  /// protections (California), the sentence citing them.
  private var freelanceProtectionSentence: String? {
    guard !facts.debtorKind.isPerson || facts.debtorKind.tradesAsBusiness,
      facts.sender.isCompany != true
    else { return nil }
    return facts.profile?.freelanceProtection
  }

  /// The interest the law adds to a contract that sets no rate, where the
  /// profile has it and no statutory charges are claimed.
  private var contractInterestSentence: String? {
    guard facts.extras.lateCharges == nil else { return nil }
    return facts.profile?.contractInterest
  }

  /// Notes for the user: where the rule comes from and what to add or enclose.
  private func letterNotes(_ rules: LetterBeforeClaimRules) -> [Guidance] {
    var notes: [Guidance] = [
      "Check the reply window and the rules against your jurisdiction; parley is not legal "
        + "advice. Source: \(rules.source)."
    ]
    if let profileRules = facts.letterBeforeClaimRules, profileRules.entityClaimantsOnly,
      facts.sender.isCompany != true, let rule = profileRules.rule
    {
      notes.append(
        "The \(rule) is for companies, partnerships and associations only; as you trade in your "
          + "own name (see \(.senderDetails)), this is a plain written demand.")
    }
    if let least = rules.minNoticeDays {
      let most = rules.maxNoticeDays.map { " and no later than \($0) days" } ?? ""
      notes.append(
        "File no sooner than \(Self.days(least))\(most) after sending this letter, and keep "
          + "proof of posting.")
    }
    if facts.extras.recipientAddress.isEmpty {
      notes.append(
        "Add \(facts.client)'s postal address (--to-address), so the letter can go by post.")
    }
    if !rules.enclosures.isEmpty {
      if DraftWriter.phrase(facts.extras.agreement) == nil {
        notes.append(
          "The \(rules.rule ?? "protocol") asks the letter to give the agreement's details "
            + "(written: its date and parties; oral: who agreed what, and when): add them with "
            + "--agreement.")
      }
      let forms = rules.formsURL.map { " from \($0)" } ?? ""
      notes.append(
        "Enclose the Information Sheet, Reply Form and Financial Statement (the annexes of the "
          + "\(rules.rule ?? "protocol")\(forms)) and send the letter by post as well as by "
          + "email; --html writes the letter and the statement of account for printing.")
    }
    if facts.debtorKind == .individual, let law = facts.profile?.consumerCollectionLaw {
      notes.append(Guidance(law))
    }
    let conditional = [
      freelanceProtectionSentence.map { _ in "the freelance-worker law" },
      contractInterestSentence.map { _ in "interest on a contract with no rate" },
    ].compactMap { $0 }
    if !conditional.isEmpty {
      notes.append(
        "Keep the sentence\(conditional.count == 1 ? "" : "s") on \(Self.andList(conditional)) "
          + "only if \(conditional.count == 1 ? "it applies" : "they apply") to your contract "
          + "(its date, its amount, and whether it set an interest rate).")
    }
    return notes
  }

  /// The statement of account: each invoice, each payment and the balance.
  var statementOfAccount: DraftAttachment {
    var lines: [String] = []
    let payee = facts.sender.payee.map { ", from \($0)" } ?? ""
    lines.append("Account: \(facts.client)\(payee)")
    lines.append("Date: \(words(facts.today))")
    lines.append("")
    for invoice in facts.invoices {
      lines.append(
        "\(words(invoice.issued)) | Invoice \(invoice.number), due \(words(invoice.due)) | "
          + invoice.amount.formatted)
    }
    for payment in facts.payments {
      let toward = payment.invoice.map { " toward \($0)" } ?? ""
      lines.append(
        "\(words(payment.on)) | Payment received\(toward) | -\(payment.amount.formatted)")
    }
    if let claim = facts.extras.lateCharges, claim.total.minorUnits > 0 {
      lines.append(
        "\(words(facts.today)) | Statutory interest to date | \(claim.interest.formatted)")
      if claim.compensation.minorUnits > 0 {
        lines.append("\(words(facts.today)) | Fixed compensation | \(claim.compensation.formatted)")
      }
    }
    lines.append("")
    lines.append("Balance owed: \(balance)")
    if let claim = facts.extras.lateCharges, claim.total.minorUnits > 0 {
      let total = Money(
        minorUnits: facts.balance.minorUnits &+ claim.total.minorUnits, currency: facts.currency)
      lines.append("With interest and compensation: \(total.formatted)")
    }
    return DraftAttachment(title: "Statement of account", lines: lines)
  }
}
