import ParleyKit

extension CaseEvent {
  /// The kind of entry in plain words, as a reader of the evidence record sees
  /// it: `Email sent to the client`, `Payment received`, `Entry 6 voided`.
  ///
  /// The journal's type ids (`contact.logged`) are machine keys; a mediator
  /// or a court should never have to decode them.
  var evidenceTitle: String {
    switch self {
    case .caseOpened: "Case opened"
    case .invoiceAdded: "Invoice added"
    case .contactLogged(let contact):
      Self.title(of: contact) + (contact.mail == nil ? "" : " (imported from the mailbox)")
    case .paymentReceived: "Payment received"
    case .note: "Note"
    case .void(let void): "Entry \(void.target) voided"
    case .cashFlowNoted: "Cash flow noted"
    case .planProposed: "Plan options proposed"
    case .planAgreed: "Payment plan agreed"
    case .planRevised: "Payment plan revised"
    case .planCancelled: "Payment plan cancelled"
    case .escalationRecorded(let escalation): escalation.step.evidenceTitle
    case .guardOverridden: "Warning overridden"
    case .disputeNoted: "Dispute raised by the client"
    case .promiseNoted: "Promise to pay"
    case .caseClosed: "Case closed"
    case .caseReopened: "Case reopened"
    case .clientRenamed: "Client's name changed"
    case .caseRenamed: "Case id changed"
    case .entryCorrected(let correction): "Entry \(correction.target) corrected"
    }
  }

  /// The event in one line for the record: ``displayLine``, but a step up
  /// the ladder in plain words (`Letter before claim sent on 23 Oct 2026`), not
  /// by the id typed at the prompt.
  var evidenceLine: String {
    guard case .escalationRecorded(let escalation) = self else { return displayLine }
    let details = escalation.details.isEmpty ? "" : ": \(escalation.details.firstLine)"
    return "\(escalation.step.evidenceTitle) on \(escalation.on.short)\(details)"
  }

  /// `Email sent to the client`, `Phone call from the client`, `Meeting with the client`.
  private static func title(of contact: ContactLogged) -> String {
    let sent = contact.direction == .outbound
    switch contact.channel {
    case .email: return sent ? "Email sent to the client" : "Email from the client"
    case .letter: return sent ? "Letter sent to the client" : "Letter from the client"
    case .message: return sent ? "Message sent to the client" : "Message from the client"
    case .phone: return sent ? "Phone call to the client" : "Phone call from the client"
    // Either side may have asked for it; both were there.
    case .meeting: return "Meeting with the client"
    }
  }
}
