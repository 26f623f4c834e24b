/// Decides, for each message of a mailbox, which case it belongs to.
///
/// Pure: it reads the cases as they stand and the messages' bytes, and says
/// what would be recorded; the caller writes it. A message belongs to a case
/// by, in order: the thread it is in (it answers or quotes a message already
/// in the case), the client's addresses, the client's domain, then an invoice
/// number in its subject or body. A message that two cases claim equally, or
/// none, is listed and never written; one already recorded anywhere is skipped
/// (one recorded and then voided too, unless the user picks it by number).
public struct MailImportPlanner: Sendable {
  private var cases: [MailCaseIndex]
  private let ownAddresses: Set<String>
  private let timeZoneID: String
  private let today: Day

  /// A planner over `cases` (id and state), for a user who writes from
  /// `ownAddresses` and lives in `timeZoneID`, on `today`.
  public init(
    cases: [(id: String, state: CaseState)], ownAddresses: Set<String>, timeZoneID: String,
    today: Day
  ) {
    let own = Set(ownAddresses.map { $0.lowercased() })
    self.cases = cases.map { MailCaseIndex(caseID: $0.id, state: $0.state, ownAddresses: own) }
    self.ownAddresses = own
    self.timeZoneID = timeZoneID
    self.today = today
  }

  /// What importing `items` would record: each ``read(_:)``, then planned.
  public func plan(
    _ items: [MailImportItem], assignedCase: String? = nil, forced: Set<Int> = []
  ) -> MailImportPlan {
    plan(items.map(read), assignedCase: assignedCase, forced: forced)
  }

  /// Reads one message, refusing what cannot be placed in a chronology.
  public func read(_ item: MailImportItem) -> ReadMail {
    ReadMail(
      number: item.number, source: item.source, content: Self.content(of: item, today: today))
  }

  /// What importing the messages `messages` would record.
  ///
  /// Messages that match no case go to `assignedCase` when one is given; the
  /// messages numbered in `forced` go to it whatever they match.
  public func plan(
    _ messages: [ReadMail], assignedCase: String? = nil, forced: Set<Int> = []
  ) -> MailImportPlan {
    var planner = self
    var read: [(item: ReadMail, message: MailMessage, date: MailDate)] = []
    var refused: [MailImportDecision] = []
    for item in messages {
      switch item.content {
      case .success(let content): read.append((item, content.message, content.date))
      case .failure(let problem):
        refused.append(
          MailImportDecision(
            number: item.number, source: item.source, message: nil, isOutbound: false,
            outcome: .refused(problem)))
      }
    }
    // In the order sent, so a reply finds the message it answers already placed.
    read.sort {
      ($0.date.timestamp.secondsSince1970, $0.item.number)
        < ($1.date.timestamp.secondsSince1970, $1.item.number)
    }
    var seenThisImport: Set<MailFingerprint> = []
    var decisions: [MailImportDecision] = []
    for (item, message, date) in read {
      let isOutbound = message.from.contains { planner.ownAddresses.contains($0.address) }
      let mail = ImportedMail(message, sent: date, source: item.source)
      let fingerprint = MailFingerprint(mail, body: message.text)
      let outcome: MailImportOutcome
      let isPicked = forced.contains(item.number)
      if let holder = planner.cases.first(where: { $0.fingerprints.contains(fingerprint) }) {
        outcome = .duplicate(caseID: holder.caseID)
      } else if !isPicked,
        let holder = planner.cases.first(where: { $0.voidedFingerprints.contains(fingerprint) })
      {
        outcome = .voidedEarlier(caseID: holder.caseID)
      } else if seenThisImport.contains(fingerprint) {
        outcome = .duplicate(caseID: nil)
      } else {
        seenThisImport.insert(fingerprint)
        outcome = planner.place(
          mail, message: message, isOutbound: isOutbound,
          assignedCase: isPicked ? assignedCase : nil,
          fallbackCase: assignedCase)
      }
      decisions.append(
        MailImportDecision(
          number: item.number, source: item.source, message: message, isOutbound: isOutbound,
          outcome: outcome))
    }
    // A message placed late (a reply sent before what it answers, an address
    // learned from a later message) can place one left out earlier: go round
    // until nothing moves, so importing the same mailbox again adds nothing.
    var moved = true
    while moved {
      moved = false
      for index in decisions.indices {
        let decision = decisions[index]
        switch decision.outcome {
        case .unmatched, .ambiguous: break
        default: continue
        }
        guard let message = decision.message, let date = message.date else { continue }
        let outcome = planner.place(
          ImportedMail(message, sent: date, source: decision.source), message: message,
          isOutbound: decision.isOutbound, assignedCase: nil, fallbackCase: nil)
        guard case .record = outcome else { continue }
        decisions[index] = decision.with(outcome)
        moved = true
      }
    }
    return MailImportPlan(decisions: decisions + refused)
  }

  /// The message in `item` and its date, or why it cannot be used.
  private static func content(of item: MailImportItem, today: Day) -> Result<
    ReadMail.Content, MailImportProblem
  > {
    let message: MailMessage
    do {
      message = try MailMessage.parse(item.bytes)
    } catch {
      return .failure(.unreadable(error))
    }
    guard let date = message.date else { return .failure(.undated) }
    guard !message.from.isEmpty else { return .failure(.noSender) }
    // A day of grace: the sender's calendar may already be on tomorrow.
    guard date.timestamp.utcDay <= today.adding(days: 1) else {
      return .failure(.sentInFuture(date.timestamp.utcDay))
    }
    return .success(ReadMail.Content(message: message, date: date))
  }

  /// Finds the message's case and, when it is recorded, notes it there.
  private mutating func place(
    _ mail: ImportedMail, message: MailMessage, isOutbound: Bool, assignedCase: String?,
    fallbackCase: String?
  ) -> MailImportOutcome {
    let found: (ids: [String], match: MailMatch)?
    if let assignedCase {
      found = ([assignedCase], .assigned)
    } else if let matched = match(message, isOutbound: isOutbound) {
      found = matched
    } else if let fallbackCase {
      found = ([fallbackCase], .assigned)
    } else {
      found = nil
    }
    guard let found else { return .unmatched }
    guard found.ids.count == 1, let caseID = found.ids.first,
      let index = cases.firstIndex(where: { $0.caseID == caseID })
    else {
      return .ambiguous(caseIDs: found.ids, match: found.match)
    }
    guard !cases[index].isClosed else { return .closedCase(caseID: caseID, match: found.match) }
    cases[index].took(mail, body: message.text, isOutbound: isOutbound)
    let contact = CaseEvent.ContactLogged(
      channel: .email, direction: isOutbound ? .outbound : .inbound,
      on: Timestamp(secondsSince1970: mail.sent.timestamp.secondsSince1970, timeZoneID: timeZoneID)
        .localDay,
      summary: mail.subject.isEmpty ? "(no subject)" : mail.subject,
      fullText: message.text.isEmpty ? nil : message.text, mail: mail)
    return .record(caseID: caseID, match: found.match, contact: contact)
  }

  /// The cases the message belongs to at the first rule that finds any, and that rule.
  private func match(_ message: MailMessage, isOutbound: Bool) -> (
    ids: [String], match: MailMatch
  )? {
    for id in message.inReplyTo + message.references.reversed() {
      let ids = cases.filter { $0.messageIDs.contains(id) }.map(\.caseID)
      if !ids.isEmpty { return (ids, .thread(messageID: id)) }
    }
    let others = (isOutbound ? message.to + message.cc : message.from)
      .filter { !ownAddresses.contains($0.address) }
    for other in others {
      let ids = cases.filter { $0.addresses.contains(other.address) }.map(\.caseID)
      if !ids.isEmpty { return (ids, .address(other.address)) }
    }
    for domain in others.compactMap(\.domain) {
      let ids = cases.filter { $0.domains.contains(domain) }.map(\.caseID)
      if !ids.isEmpty { return (ids, .domain(domain)) }
    }
    let text = InvoiceMention(message.subject + "\n" + message.text)
    var named: [(caseID: String, number: String)] = []
    for index in cases {
      if let number = index.invoiceNumbers.first(where: text.names) {
        named.append((index.caseID, number))
      }
    }
    if let first = named.first { return (named.map(\.caseID), .invoice(first.number)) }
    return nil
  }
}
