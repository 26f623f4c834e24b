/// The part of an evidence record a journal entry belongs in.
///
/// Event types this enum does not name go to ``other`` (or ``overrides`` when
/// the type says a warning was overridden), so a new kind of event is never
/// left out of the record.
enum EvidenceSection: String, Hashable, Sendable, CaseIterable, Encodable {
  /// The case was opened.
  case opening
  /// An invoice was added.
  case invoices
  /// A contact with the client.
  case contacts
  /// A payment.
  case payments
  /// A note.
  case notes
  /// Cash-flow answers.
  case cashFlow = "cash_flow"
  /// A plan proposed, agreed, revised or cancelled.
  case plans
  /// A step up the ladder: mediation offered, a letter before claim sent, a claim filed.
  case escalations
  /// A dispute or a promise to pay, as noted.
  case disputesAndPromises = "disputes_and_promises"
  /// A warning the user went past, with the reason they gave.
  case overrides
  /// An entry cancelled another.
  case voids
  /// An entry corrected an earlier one.
  case corrections
  /// The case closed or reopened, the client's name or the case's id changed.
  case caseHistory = "case_history"
  /// Anything else: entries of kinds added after this list was written.
  case other

  /// The section for a journal event type (`contact.logged`).
  init(eventType type: String) {
    switch type {
    case "case.opened": self = .opening
    case "invoice.added": self = .invoices
    case "contact.logged": self = .contacts
    case "payment.received": self = .payments
    case "note": self = .notes
    case "cashflow.noted": self = .cashFlow
    case "void": self = .voids
    case "entry.corrected": self = .corrections
    case "case.closed", "case.reopened", "client.renamed", "case.renamed": self = .caseHistory
    case "escalation.recorded": self = .escalations
    case "dispute.noted", "promise.noted": self = .disputesAndPromises
    default:
      if type.hasPrefix("plan.") {
        self = .plans
      } else if type.contains("overrid") || type.hasPrefix("guard.") {
        self = .overrides
      } else {
        self = .other
      }
    }
  }
}
