extension DraftKind {
  /// The kind's name in words, capitalised: `Friendly reminder`.
  public var title: String {
    switch self {
    case .friendlyReminder: "Friendly reminder"
    case .firmReminder: "Firm reminder"
    case .finalReminder: "Final reminder before mediation"
    case .callConfirmation: "Call confirmation"
    case .planProposal: "Payment plan proposal"
    case .planConfirmation: "Payment plan confirmation"
    case .missedInstallment: "Missed installment nudge"
    case .cantPayReply: "Reply to \"we can't pay right now\""
    case .disputeReply: "Reply to a dispute"
    case .mediationProposal: "Mediation proposal"
    case .letterBeforeClaim: "Letter before claim"
    }
  }

  /// One line for help: what the draft is for and what it needs.
  public var summary: String {
    switch self {
    case .friendlyReminder:
      "A polite first reminder: the invoices, the amount and a date to pay by."
    case .firmReminder:
      "A clear reminder: the days overdue, the last contact and a date to pay by."
    case .finalReminder:
      "The last reminder: pay or agree a plan by a date, or mediation is the next step."
    case .callConfirmation:
      "Confirms what was agreed on a call: the amount and the solid date."
    case .planProposal:
      "Offers a payment plan, with the options last proposed when there are some."
    case .planConfirmation:
      "Confirms the agreed payment plan, installment by installment."
    case .missedInstallment:
      "A gentle nudge about a missed installment of the agreed plan."
    case .cantPayReply:
      "Replies to \"we can't pay right now\": asks what they can pay now and each month."
    case .disputeReply:
      "Replies to a dispute: asks for the undisputed part and the specifics of the rest."
    case .mediationProposal:
      "Proposes mediation: usually free or low-cost, and it often settles things."
    case .letterBeforeClaim:
      "The letter before claim; in England & Wales, 14 days for a business, 30 for a person."
    }
  }

  /// The extras the draft cannot be written without.
  public var requiredExtras: [DraftExtraField] {
    switch self {
    case .callConfirmation: [.amount, .date]
    case .disputeReply: [.disputed]
    default: []
    }
  }

  /// The extras the draft uses when they are given.
  public var optionalExtras: [DraftExtraField] {
    switch self {
    case .callConfirmation, .planConfirmation: []
    case .disputeReply: [.about, .days]
    case .mediationProposal: [.mediator, .mediationDetails, .days]
    default: [.days]
    }
  }

  /// Days the recipient is given to reply or pay when no `days` extra is
  /// given; nil when the draft sets no deadline.
  ///
  /// A letter before claim takes its window from ``LetterBeforeClaimRules``.
  public var defaultResponseDays: Int? {
    switch self {
    case .friendlyReminder, .firmReminder, .planProposal, .missedInstallment, .cantPayReply:
      7
    case .finalReminder, .disputeReply, .mediationProposal: 14
    case .callConfirmation, .planConfirmation, .letterBeforeClaim: nil
    }
  }
}
