import ParleyKit

/// `import --json`: every message offered and what became of it.
struct MailImportJSON: Encodable {
  struct Message: Encodable {
    let number: Int
    let source: String
    /// `recorded`, `would_record`, `duplicate`, `voided_earlier`, `unmatched`, `ambiguous`,
    /// `closed_case`, `refused`.
    let outcome: String
    let caseID: String?
    /// The entry written, when it was.
    let seq: Int?
    /// Why it went to its case: `thread`, `address`, `domain`, `invoice`, `assigned`.
    let matchedBy: String?
    let matchedOn: String?
    let direction: String?
    let sent: MailDate?
    let from: String?
    let to: [String]
    let subject: String?
    let messageID: String?
    let inReplyTo: [String]
    let attachments: [String]
    /// The cases that claim it equally, when it is ambiguous.
    let candidates: [String]
    /// What is wrong with it, when it was refused.
    let problem: String?
    /// How an inbound message reads, as `reply --json` gives it.
    let reading: ReplyAnalysisJSON?
  }

  let dryRun: Bool
  let recordedCount: Int
  let messages: [Message]

  init(_ report: MailImportReport) {
    dryRun = report.isDryRun
    var seqs: [Int: Int] = [:]
    for (caseID, decisions) in report.plan.recordsByCase {
      for (decision, seq) in zip(decisions, report.recorded[caseID] ?? []) {
        seqs[decision.number] = seq
      }
    }
    recordedCount = seqs.count
    messages = report.plan.decisions.map { decision in
      let message = decision.message
      var caseID: String?
      var match: MailMatch?
      var candidates: [String] = []
      var problem: String?
      let outcome: String
      switch decision.outcome {
      case .record(let id, let matched, _):
        (caseID, match) = (id, matched)
        outcome = report.isDryRun ? "would_record" : "recorded"
      case .voidedEarlier(let id):
        caseID = id
        outcome = "voided_earlier"
      case .duplicate(let id):
        caseID = id
        outcome = "duplicate"
      case .unmatched:
        outcome = "unmatched"
      case .ambiguous(let ids, let matched):
        (candidates, match) = (ids, matched)
        outcome = "ambiguous"
      case .closedCase(let id, let matched):
        (caseID, match) = (id, matched)
        outcome = "closed_case"
      case .refused(let refusal):
        problem = refusal.message
        outcome = "refused"
      }
      return Message(
        number: decision.number, source: decision.source, outcome: outcome, caseID: caseID,
        seq: seqs[decision.number], matchedBy: match?.kindName, matchedOn: match?.value,
        direction: message == nil ? nil : (decision.isOutbound ? "out" : "in"),
        sent: message?.date, from: message?.from.map(\.written).joined(separator: ", "),
        to: message?.to.map(\.written) ?? [], subject: message?.subject,
        messageID: message?.messageID, inReplyTo: message?.inReplyTo ?? [],
        attachments: message?.attachmentNames ?? [], candidates: candidates, problem: problem,
        reading: report.reading(of: decision.number).map { ReplyAnalysisJSON($0.analysis) })
    }
  }
}

extension MailMatch {
  /// The rule's name, for JSON.
  fileprivate var kindName: String {
    switch self {
    case .thread: "thread"
    case .address: "address"
    case .domain: "domain"
    case .invoice: "invoice"
    case .assigned: "assigned"
    }
  }

  /// What the rule matched on: the Message-ID, address, domain or invoice number.
  fileprivate var value: String? {
    switch self {
    case .thread(let id): id
    case .address(let address): address
    case .domain(let domain): domain
    case .invoice(let number): number
    case .assigned: nil
    }
  }
}
