extension DraftWriter {
  /// A schedule in one phrase: `4 monthly instalments of £300.00, from Monday
  /// 1 February 2027 to Monday 3 May 2027`, with any deposit first and a
  /// different last amount named. Short form: short dates and no end day.
  func scheduleSummary(_ schedule: InstallmentSchedule, short: Bool) -> String {
    let date: (Day) -> String = { short ? shortDate($0) : words($0) }
    let all = schedule.installments
    if all.count == 1 {
      return "\(all[0].amount.formatted) in one payment on \(date(all[0].due))"
    }
    var parts: [String] = []
    if let deposit = schedule.deposit {
      parts.append("\(deposit.amount.formatted) on \(date(deposit.due)), then")
    }
    let regular = Array(schedule.regularInstallments)
    guard let first = regular.first, let last = regular.last else { return "" }
    if regular.count == 1 {
      parts.append("\(first.amount.formatted) on \(date(first.due))")
      return parts.joined(separator: " ")
    }
    let often = schedule.frequency.map { "\($0.rawValue) " } ?? ""
    let count = "\(regular.count) \(often)\(installmentWord)s"
    let allButLastEqual = regular.dropLast().allSatisfy { $0.amount == first.amount }
    let amounts: String
    let units = regular.map(\.amount.minorUnits)
    if allButLastEqual && last.amount == first.amount {
      amounts = "of \(first.amount.formatted)"
    } else if allButLastEqual {
      amounts = "of \(first.amount.formatted) (the last \(last.amount.formatted))"
    } else if zip(units, units.dropFirst()).allSatisfy({ $0 <= $1 }) {
      amounts = "rising from \(first.amount.formatted) to \(last.amount.formatted)"
    } else {
      let low = Money(minorUnits: units.min() ?? 0, currency: first.amount.currency)
      let high = Money(minorUnits: units.max() ?? 0, currency: first.amount.currency)
      amounts = "of \(low.formatted) to \(high.formatted)"
    }
    let span = short ? " from \(date(first.due))" : ", from \(date(first.due)) to \(date(last.due))"
    parts.append(count + " " + amounts + span)
    return parts.joined(separator: " ")
  }

  /// One numbered line per installment: `1. £300.00 on Monday 1 February 2027`.
  func scheduleRows(_ schedule: InstallmentSchedule) -> String {
    schedule.installments.map { installment in
      let deposit = schedule.hasDeposit && installment.number == 1 ? " (deposit)" : ""
      return "\(installment.number). \(installment.amount.formatted) on "
        + "\(words(installment.due))\(deposit)"
    }.joined(separator: "\n")
  }

  /// What an option or plan does with late charges, as a sentence; nil without any.
  func lateChargesSentence(_ charges: LateCharges?) -> String? {
    guard let charges, charges.amount.minorUnits > 0 else { return nil }
    switch charges.treatment {
    case .charged:
      return "The \(installmentWord)s include \(charges.amount.formatted) of late-payment "
        + "charges."
    case .waivedIfKept:
      return "The late-payment charges of \(charges.amount.formatted) are waived as long as "
        + "every \(installmentWord) is paid on time."
    }
  }

  /// The proposal's options, one line each: `Option 1: 4 monthly instalments…`.
  func optionLines(_ options: [PlanOption]) -> String {
    options.enumerated().map { index, option in
      var line = "Option \(index + 1): \(scheduleSummary(option.schedule, short: false))."
      if let charges = lateChargesSentence(option.lateCharges) { line += " " + charges }
      return line
    }.joined(separator: "\n")
  }

  /// The proposal's options in one compact sentence: `1) …; 2) …`.
  func optionsInBrief(_ options: [PlanOption]) -> String {
    options.enumerated().map { index, option in
      "\(index + 1)) \(scheduleSummary(option.schedule, short: true))"
    }.joined(separator: "; ")
  }

  /// The last proposal, when it still fits: made for today's balance, every
  /// option starting today or later. Stale options are never offered.
  var freshProposal: CaseEvent.PlanProposed? {
    guard let proposal = facts.proposal, !proposal.options.isEmpty,
      proposal.balance == facts.balance,
      proposal.options.allSatisfy({ $0.schedule.first.due >= facts.today })
    else { return nil }
    return proposal
  }

  /// Notes when the last proposal no longer fits: built for another balance,
  /// or starting before today.
  func proposalNotes(_ proposal: CaseEvent.PlanProposed) -> [Guidance] {
    var notes: [Guidance] = []
    if proposal.balance != facts.balance {
      notes.append(
        "The options were proposed on \(words(proposal.on)) for \(proposal.balance.formatted); "
          + "the balance is now \(balance). The draft leaves them out; run \(.proposePlan) for "
          + "options that match it."
      )
    }
    if proposal.options.contains(where: { $0.schedule.first.due < facts.today }) {
      notes.append(
        "Some options start before today, so the draft leaves them out; run \(.proposePlan) for "
          + "options with future dates.")
    }
    return notes
  }
}
