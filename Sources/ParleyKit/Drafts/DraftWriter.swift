/// Writes each kind of draft from a case's facts: the wording lives here
/// and in its extensions, one per group of kinds.
struct DraftWriter {
  /// The facts the draft is written from.
  let facts: DraftFacts
  /// The invoices with something owed, in the order added; never empty.
  let unpaid: [DraftInvoice]
  /// A call or meeting this many days ago or less is "our call" in a confirmation.
  static let recentCallDays = 7

  /// A writer for `facts`.
  ///
  /// - Throws: ``DraftError/nothingOwed`` when the client owes nothing.
  init(facts: DraftFacts) throws(DraftError) {
    let unpaid = facts.unpaidInvoices
    guard !unpaid.isEmpty, facts.balance.minorUnits > 0 else { throw .nothingOwed }
    self.facts = facts
    self.unpaid = unpaid
  }

  /// What `kind` says, in both forms.
  func content(for kind: DraftKind) throws(DraftError) -> DraftContent {
    switch kind {
    case .friendlyReminder: try friendlyReminder()
    case .firmReminder: try firmReminder()
    case .finalReminder: try finalReminder()
    case .callConfirmation: try callConfirmation()
    case .planProposal: try planProposal()
    case .planConfirmation: try planConfirmation()
    case .missedInstallment: try missedInstallment()
    case .cantPayReply: try cantPayReply()
    case .disputeReply: try disputeReply()
    case .mediationProposal: try mediationProposal()
    case .letterBeforeClaim: try letterBeforeClaim()
    }
  }

  /// The deadline for `kind`: today plus the `days` extra, or the kind's default.
  ///
  /// - Throws: ``DraftError/deadlineTooSoon(days:minimum:)`` under
  ///   ``DraftRenderer/minimumResponseDays``, ``DraftError/deadlineTooFar(days:maximum:)``
  ///   over ``DraftRenderer/maximumResponseDays``.
  func deadline(for kind: DraftKind) throws(DraftError) -> Day {
    let days = facts.extras.responseDays ?? kind.defaultResponseDays ?? 14
    guard days >= DraftRenderer.minimumResponseDays else {
      throw .deadlineTooSoon(days: days, minimum: DraftRenderer.minimumResponseDays)
    }
    return try day(afterDays: days)
  }

  /// Today plus `days`, moved on to the next business day when it falls on
  /// a weekend or a bank holiday (nobody answers or pays on Christmas Day),
  /// checked against ``DraftRenderer/maximumResponseDays`` and the calendar's end.
  func day(afterDays days: Int) throws(DraftError) -> Day {
    let maximum = DraftRenderer.maximumResponseDays
    guard days <= maximum, let day = facts.today.checkedAdding(days: days) else {
      throw .deadlineTooFar(days: days, maximum: maximum)
    }
    return day.rolledForwardToBusinessDay(holidays: facts.holidays)
  }

  /// A note for each agreed day that is not a business day: the payment may
  /// not arrive until the next one.
  func nonBusinessDayNotes(_ days: [Day]) -> [Guidance] {
    days.filter { !$0.isBusinessDay(holidays: facts.holidays) }.map { day in
      let next = day.rolledForwardToBusinessDay(holidays: facts.holidays)
      let why = facts.holidays.contains(day) ? "a bank holiday" : "a weekend"
      return "\(words(day)) is \(why): a payment may not arrive until \(words(next)). "
        + "Consider agreeing a business day instead."
    }
  }
}
