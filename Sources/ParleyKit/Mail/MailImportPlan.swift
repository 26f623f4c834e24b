/// What an import of a mailbox does, message by message, before anything is written.
public struct MailImportPlan: Hashable, Sendable {
  /// Every message offered, in the order they were sent (unreadable ones last).
  public let decisions: [MailImportDecision]

  /// The cases that gain messages, in order of their first message, with the
  /// contacts each gains in the order they were sent.
  public var recordsByCase: [(caseID: String, decisions: [MailImportDecision])] {
    var order: [String] = []
    var grouped: [String: [MailImportDecision]] = [:]
    for decision in decisions {
      guard let caseID = decision.recordedCase else { continue }
      if grouped[caseID] == nil { order.append(caseID) }
      grouped[caseID, default: []].append(decision)
    }
    return order.map { ($0, grouped[$0] ?? []) }
  }

  /// The messages listed but not written: no case, more than one, or a closed one.
  public var unplaced: [MailImportDecision] {
    decisions.filter {
      switch $0.outcome {
      case .unmatched, .ambiguous, .closedCase: true
      default: false
      }
    }
  }

  /// The messages already recorded.
  public var duplicates: [MailImportDecision] {
    decisions.filter { if case .duplicate = $0.outcome { true } else { false } }
  }

  /// The messages imported before and voided, left out unless picked.
  public var voidedEarlier: [MailImportDecision] {
    decisions.filter { if case .voidedEarlier = $0.outcome { true } else { false } }
  }

  /// The messages that could not be read or dated.
  public var refused: [MailImportDecision] {
    decisions.filter { if case .refused = $0.outcome { true } else { false } }
  }

  /// How many messages would be recorded.
  public var recordCount: Int { decisions.count { $0.recordedCase != nil } }
}
