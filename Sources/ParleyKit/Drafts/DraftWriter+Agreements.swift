extension DraftWriter {
  /// Confirms what was agreed on a call: the amount and the solid date.
  ///
  /// - Throws: ``DraftError/missingExtra(_:field:)`` without the agreed amount
  ///   or date, and the checks of ``checkedAmount(_:field:kind:)``.
  func callConfirmation() throws(DraftError) -> DraftContent {
    let kind = DraftKind.callConfirmation
    let amount = try checkedAmount(facts.extras.agreedAmount, field: .amount, kind: kind)
    guard let date = facts.extras.agreedDate else { throw .missingExtra(kind, field: .date) }
    guard date >= facts.today else { throw .dateInPast(.date, date, today: facts.today) }

    let spoke: String
    if let contact = facts.lastContact, contact.channel.isConversation,
      facts.today.days(since: contact.on) <= DraftWriter.recentCallDays
    {
      spoke =
        contact.on == facts.today
        ? "Thank you for speaking with me today."
        : "Thank you for speaking with me on \(words(contact.on))."
    } else {
      spoke = "Thank you for talking this through with me."
    }
    let rest = facts.balance.minorUnits - amount.minorUnits
    let what: String
    if rest == 0 {
      what =
        "\(payer) will pay \(amount.formatted) by \(words(date)), which settles "
        + "\(invoiceNames) in full"
    } else {
      what =
        "\(payer) will pay \(amount.formatted) of the \(balance) balance on \(invoiceNames) by "
        + words(date)
    }
    let remaining = Money(minorUnits: rest, currency: facts.currency)
    let paragraphs: [String?] = [
      "\(spoke) To confirm what we agreed: \(what).",
      rest > 0
        ? "That leaves \(remaining.formatted), which I will be in touch about after that payment."
        : nil,
      "Please reply to confirm that this matches your understanding. If anything changes before "
        + "then, please let me know.",
    ]
    return DraftContent(
      subject: "Confirming our call: \(amount.formatted) by \(words(date))",
      paragraphs: paragraphs.compactMap { $0 }.map(DraftWriter.capitalisingFirst),
      sentences: [
        "thank you for talking this through with me. To confirm what we agreed: \(payer) will "
          + "pay \(amount.formatted) by \(words(date)) for \(invoiceNames).",
        "Please reply to confirm.",
      ],
      replyBy: nil,
      notes: nonBusinessDayNotes([date]))
  }

  /// Offers a payment plan, listing the last proposal's options when there are some.
  func planProposal() throws(DraftError) -> DraftContent {
    let by = try deadline(for: .planProposal)
    if let plan = facts.plan { return try planRevision(plan, by: by) }
    let opening =
      "to make the balance of \(balance) on \(invoiceNamesToClient) easier to manage, I would "
      + "be happy to agree a payment plan."
    guard let proposal = freshProposal else {
      return DraftContent(
        subject: "A payment plan for \(invoiceNames)",
        paragraphs: [
          DraftWriter.capitalisingFirst(opening)
            + " For example, we could agree regular monthly \(installmentWord)s, or a part "
            + "payment now and the rest later.",
          "Could you let me know by \(words(by)) what you could pay each month, and when you "
            + "could start?",
        ],
        sentences: [
          opening,
          "Could you let me know by \(words(by)) what you could pay each month, and from when?",
        ],
        replyBy: by,
        notes: facts.proposal.map(proposalNotes) ?? [],
        asksForPayment: false)
    }
    return DraftContent(
      subject: "Payment plan options: \(invoiceNames) (\(balance))",
      paragraphs: [
        DraftWriter.capitalisingFirst(opening) + " Here are some options:",
        optionLines(proposal.options),
        "Could you let me know by \(words(by)) which option suits you best, or suggest another "
          + "plan that would work for you?",
      ],
      sentences: [
        opening,
        "For example: \(optionsInBrief(proposal.options)).",
        "Could you let me know by \(words(by)) which suits you, or suggest another?",
      ],
      replyBy: by,
      notes: proposalNotes(proposal),
      asksForPayment: false)
  }

  /// Offers to revise the running plan rather than proposing one afresh:
  /// what stands under it now, and the newer options if there are some.
  private func planRevision(_ plan: AgreedPlan, by: Day) throws(DraftError) -> DraftContent {
    let current = scheduleSummary(plan.schedule, short: false)
    let arrears = facts.planProgress.flatMap(arrearsSentence)
    let newer = facts.proposal.flatMap { proposal in
      proposal.on > plan.scheduleAgreedOn && !proposal.options.isEmpty ? proposal : nil
    }
    let paragraphs: [String?] = [
      "Under the payment plan we agreed on \(words(plan.scheduleAgreedOn)) for "
        + "\(invoiceNamesToClient) (\(current)), \(balance) is still to be paid.",
      arrears,
      "If the plan no longer works for you, I would be happy to revise it rather than let it "
        + "lapse." + (newer == nil ? "" : " Here are some options:"),
      newer.map { optionLines($0.options) },
      "Could you let me know by \(words(by)) what would work for you, so that we can agree the "
        + "revised plan?",
    ]
    return DraftContent(
      subject: "Revising our payment plan: \(invoiceNames)",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "about the payment plan we agreed on \(shortDate(plan.scheduleAgreedOn)) for "
          + "\(invoiceNamesToClient) (\(balance) still to pay): if it no longer works for you, I "
          + "would be happy to revise it.",
        "Could you let me know by \(words(by)) what would work?",
      ],
      replyBy: by,
      notes: newer.map(proposalNotes) ?? [],
      asksForPayment: false)
  }

  /// Confirms the agreed plan, installment by installment.
  ///
  /// - Throws: ``DraftError/noAgreedPlan(_:)`` when no plan is running.
  func planConfirmation() throws(DraftError) -> DraftContent {
    guard let plan = facts.plan else { throw .noAgreedPlan(.planConfirmation) }
    let schedule = plan.schedule
    let which = plan.revisions.isEmpty ? "a payment plan" : "the revised payment plan"
    let summary = "\(scheduleSummary(schedule, short: false)), \(schedule.total.formatted) in total"
    var next: String?
    var nextBrief: String?
    var paidSoFar: String?
    if let progress = facts.planProgress {
      if progress.allocated.minorUnits > 0 {
        paidSoFar = "Thank you for the \(progress.allocated.formatted) paid so far."
      }
      let missedNumbers = Set(progress.missed.map(\.installment.number))
      if let upcoming = progress.next?.installment, !missedNumbers.contains(upcoming.number) {
        let which = upcoming.number == 1 ? "first" : "next"
        next =
          "The \(which) \(installmentWord), \(upcoming.amount.formatted), is due on "
          + "\(words(upcoming.due))."
        nextBrief = "The \(which) is due on \(words(upcoming.due))."
      }
      // Restating the plan in writing must not read as waiving what is late.
      if let arrears = arrearsSentence(progress) {
        next = [arrears, next].compactMap { $0 }.joined(separator: " ")
        nextBrief = [arrears, nextBrief].compactMap { $0 }.joined(separator: " ")
      }
    }
    let paragraphs: [String?] = [
      "Thank you for agreeing \(which) for \(invoiceNamesToClient) on "
        + "\(words(plan.scheduleAgreedOn)). To confirm what we agreed: \(summary).",
      scheduleRows(schedule),
      lateChargesSentence(plan.lateCharges),
      [paidSoFar, next].compactMap { $0 }.joined(separator: " "),
      "If anything changes and a payment might be late, please let me know before it is due, "
        + "so that we can adjust the plan together.",
    ]
    return DraftContent(
      subject: "Confirming our payment plan: \(invoiceNames)",
      paragraphs: paragraphs.compactMap { $0 }.filter { !$0.isEmpty },
      sentences: ([
        "to confirm the payment plan we agreed for \(invoiceNamesToClient): "
          + "\(scheduleSummary(schedule, short: true)), \(schedule.total.formatted) in total.",
        nextBrief,
        "If anything changes, please let me know before a payment is due.",
      ] as [String?]).compactMap { $0 },
      replyBy: nil,
      notes: nonBusinessDayNotes(schedule.installments.map(\.due).filter { $0 >= facts.today }))
  }

  /// A gentle nudge about the plan's missed installments.
  ///
  /// - Throws: ``DraftError/noAgreedPlan(_:)`` when no plan is running,
  ///   ``DraftError/noMissedInstallment(planID:next:)`` when none is missed.
  func missedInstallment() throws(DraftError) -> DraftContent {
    guard let plan = facts.plan, let progress = facts.planProgress else {
      throw .noAgreedPlan(.missedInstallment)
    }
    let missed = progress.missed
    guard let first = missed.first else {
      throw .noMissedInstallment(planID: plan.id, next: progress.next?.installment)
    }
    let by = try deadline(for: .missedInstallment)
    let owedUnits = missed.map(\.owed.minorUnits).saturatingSum
    let owed = Money(minorUnits: owedUnits, currency: first.owed.currency).formatted
    let numbers = DraftWriter.andList(missed.map { String($0.installment.number) })
    let label = "\(installmentWord)\(missed.count == 1 ? "" : "s") \(numbers)"
    let dues = DraftWriter.andList(missed.map { words($0.installment.due) })
    let shortDues = DraftWriter.andList(missed.map { shortDate($0.installment.due) })
    let amount: String
    if missed.count == 1 {
      amount =
        first.paid.minorUnits > 0
        ? "\(owed) of \(first.installment.amount.formatted)" : owed
    } else {
      amount = "\(owed) in total"
    }
    let paragraphs: [String?] = [
      "I have not received \(label) of our payment plan for \(invoiceNamesToClient): \(amount), "
        + "due on \(dues).",
      "It may have been overlooked, or something may have changed. Could you pay \(owed) by "
        + "\(words(by)), or let me know before then if the plan needs adjusting?",
      progress.allocated.minorUnits > 0
        ? "Thank you for the \(progress.allocated.formatted) paid so far under the plan." : nil,
      "I would like the plan to work for both of us, so I am happy to talk it through.",
    ]
    return DraftContent(
      subject: "Payment plan: \(label) (\(owed))",
      paragraphs: paragraphs.compactMap { $0 },
      sentences: [
        "I have not received \(label) (\(amount), due \(shortDues)) of our payment plan for "
          + "\(invoiceNamesToClient).",
        "Could you pay \(owed) by \(words(by)), or let me know if the plan needs adjusting?",
      ],
      replyBy: by)
  }

  /// `amount`, checked: given, in the case's currency, more than zero and
  /// not above the balance.
  func checkedAmount(
    _ amount: Money?, field: DraftExtraField, kind: DraftKind
  ) throws(DraftError) -> Money {
    guard let amount else { throw .missingExtra(kind, field: field) }
    guard amount.currency == facts.currency else {
      throw .wrongCurrency(field, amount, expected: facts.currency)
    }
    guard amount.minorUnits > 0 else { throw .nonPositiveAmount(field, amount) }
    guard amount.minorUnits <= facts.balance.minorUnits else {
      throw .amountAboveBalance(field, amount, balance: facts.balance)
    }
    return amount
  }
}
