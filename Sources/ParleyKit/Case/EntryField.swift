/// A field of a journal entry that a correction can change.
///
/// Which fields an entry has depends on its kind (``correctable(in:)``): a
/// payment has an amount, a day and the invoice it pays; a note has its text.
public enum EntryField: String, Hashable, Sendable, CaseIterable, Codable {
  /// An invoice's, payment's, promise's, dispute's or escalation's amount.
  case amount
  /// The day a payment, contact, promise, dispute or escalation happened.
  case on
  /// The invoice a payment pays or a dispute is about.
  case invoice
  /// A contact's one-line summary.
  case summary
  /// How a contact was made.
  case channel
  /// Who made a contact.
  case direction
  /// A note's text.
  case text
  /// The day an invoice was issued.
  case issued
  /// The day an invoice was due.
  case due
  /// The day a promise is to be kept by.
  case by
  /// What a dispute is about.
  case about
  /// An escalation's details.
  case details
  /// Who an escalation went to.
  case to
  /// An escalation's reference.
  case reference

  /// The fields a correction can change in `event`, in this enum's order;
  /// empty for a kind of entry that is not corrected field by field (the
  /// opening, a void, cash-flow answers, plans, a closing, a correction).
  public static func correctable(in event: CaseEvent) -> [EntryField] {
    switch event {
    case .invoiceAdded: [.amount, .issued, .due]
    case .paymentReceived: [.amount, .on, .invoice]
    case .contactLogged: [.on, .summary, .channel, .direction]
    case .note: [.text]
    case .promiseNoted: [.amount, .on, .by]
    case .disputeNoted: [.amount, .on, .invoice, .about]
    case .escalationRecorded: [.amount, .on, .details, .to, .reference]
    case .caseOpened, .void, .cashFlowNoted, .planProposed, .planAgreed, .planRevised,
      .planCancelled, .guardOverridden, .caseClosed, .caseReopened, .clientRenamed,
      .caseRenamed, .entryCorrected:
      []
    }
  }
}
