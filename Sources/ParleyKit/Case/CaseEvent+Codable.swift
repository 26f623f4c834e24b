extension CaseEvent {
  /// The event's type as written in the journal (`invoice.added`).
  public var typeName: String {
    switch self {
    case .caseOpened: "case.opened"
    case .invoiceAdded: "invoice.added"
    case .contactLogged: "contact.logged"
    case .paymentReceived: "payment.received"
    case .note: "note"
    case .void: "void"
    case .cashFlowNoted: "cashflow.noted"
    case .planProposed: "plan.proposed"
    case .planAgreed: "plan.agreed"
    case .planRevised: "plan.revised"
    case .planCancelled: "plan.cancelled"
    case .escalationRecorded: "escalation.recorded"
    case .guardOverridden: "guard.overridden"
    case .disputeNoted: "dispute.noted"
    case .promiseNoted: "promise.noted"
    case .caseClosed: "case.closed"
    case .caseReopened: "case.reopened"
    case .clientRenamed: "client.renamed"
    case .caseRenamed: "case.renamed"
    case .entryCorrected: "entry.corrected"
    }
  }

  /// Every type name the current format knows.
  public static let typeNames = [
    "case.opened", "invoice.added", "contact.logged", "payment.received", "note", "void",
    "cashflow.noted", "plan.proposed", "plan.agreed", "plan.revised", "plan.cancelled",
    "escalation.recorded", "guard.overridden", "dispute.noted", "promise.noted", "case.closed",
    "case.reopened", "client.renamed", "case.renamed", "entry.corrected",
  ]

  /// Writes the event's data (without its type name) to `encoder`.
  public func encodeData(to encoder: any Encoder) throws {
    switch self {
    case .caseOpened(let data): try data.encode(to: encoder)
    case .invoiceAdded(let data): try data.encode(to: encoder)
    case .contactLogged(let data): try data.encode(to: encoder)
    case .paymentReceived(let data): try data.encode(to: encoder)
    case .note(let data): try data.encode(to: encoder)
    case .void(let data): try data.encode(to: encoder)
    case .cashFlowNoted(let data): try data.encode(to: encoder)
    case .planProposed(let data): try data.encode(to: encoder)
    case .planAgreed(let data): try data.encode(to: encoder)
    case .planRevised(let data): try data.encode(to: encoder)
    case .planCancelled(let data): try data.encode(to: encoder)
    case .escalationRecorded(let data): try data.encode(to: encoder)
    case .guardOverridden(let data): try data.encode(to: encoder)
    case .disputeNoted(let data): try data.encode(to: encoder)
    case .promiseNoted(let data): try data.encode(to: encoder)
    case .caseClosed(let data): try data.encode(to: encoder)
    case .caseReopened(let data): try data.encode(to: encoder)
    case .clientRenamed(let data): try data.encode(to: encoder)
    case .caseRenamed(let data): try data.encode(to: encoder)
    case .entryCorrected(let data): try data.encode(to: encoder)
    }
  }

  /// Reads an event of type `typeName` from its data in `decoder`.
  ///
  /// - Throws: `DecodingError` when the type is unknown or the data does not fit it.
  public init(typeName: String, dataFrom decoder: any Decoder) throws {
    switch typeName {
    case "case.opened": self = .caseOpened(try CaseOpened(from: decoder))
    case "invoice.added": self = .invoiceAdded(try InvoiceAdded(from: decoder))
    case "contact.logged": self = .contactLogged(try ContactLogged(from: decoder))
    case "payment.received": self = .paymentReceived(try PaymentReceived(from: decoder))
    case "note": self = .note(try Note(from: decoder))
    case "void": self = .void(try Void(from: decoder))
    case "cashflow.noted": self = .cashFlowNoted(try CashFlowNoted(from: decoder))
    case "plan.proposed": self = .planProposed(try PlanProposed(from: decoder))
    case "plan.agreed": self = .planAgreed(try PlanAgreed(from: decoder))
    case "plan.revised": self = .planRevised(try PlanRevised(from: decoder))
    case "plan.cancelled": self = .planCancelled(try PlanCancelled(from: decoder))
    case "escalation.recorded":
      self = .escalationRecorded(try EscalationRecorded(from: decoder))
    case "guard.overridden": self = .guardOverridden(try GuardOverridden(from: decoder))
    case "dispute.noted": self = .disputeNoted(try DisputeNoted(from: decoder))
    case "promise.noted": self = .promiseNoted(try PromiseNoted(from: decoder))
    case "case.closed": self = .caseClosed(try CaseClosed(from: decoder))
    case "case.reopened": self = .caseReopened(try CaseReopened(from: decoder))
    case "client.renamed": self = .clientRenamed(try ClientRenamed(from: decoder))
    case "case.renamed": self = .caseRenamed(try CaseRenamed(from: decoder))
    case "entry.corrected": self = .entryCorrected(try EntryCorrected(from: decoder))
    default:
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown event type '\(typeName)'"))
    }
  }
}
