extension CaseEvent {
  /// The kind of entry in a few words, for messages about it (`a payment`).
  public var kindWords: String {
    switch self {
    case .caseOpened: "the case opening"
    case .invoiceAdded: "an invoice"
    case .contactLogged: "a contact"
    case .paymentReceived: "a payment"
    case .note: "a note"
    case .void: "a void"
    case .cashFlowNoted: "cash-flow answers"
    case .planProposed: "plan options"
    case .planAgreed: "a plan agreed"
    case .planRevised: "a plan revision"
    case .planCancelled: "a plan cancelled"
    case .escalationRecorded: "a step up the ladder"
    case .guardOverridden: "a warning overridden"
    case .disputeNoted: "a dispute"
    case .promiseNoted: "a promise"
    case .caseClosed: "the case's closing"
    case .caseReopened: "the case's reopening"
    case .clientRenamed: "a change of the client's name"
    case .caseRenamed: "a change of the case's id"
    case .entryCorrected: "a correction"
    }
  }
}
