import Foundation
import Testing

@testable import ParleyKit

/// Laws over many generated mailboxes and workspaces: every message is
/// accounted for once, and importing what was imported adds nothing.
@Suite struct MailImportLawTests {
  private static let clients = ["acme", "bolt", "corvid", "delta"]
  private static let strangers = ["news@shop.example", "friend@gmail.com", "pat@other.example"]

  /// A random workspace of up to four cases and a mailbox of up to 30 messages
  /// among them, the user and strangers, some answering earlier ones, some
  /// repeated, some broken.
  private func scenario(_ rng: inout SeededGenerator) throws -> (
    cases: [(id: String, state: CaseState)], items: [MailImportItem]
  ) {
    let clientCount = Int.random(in: 1...Self.clients.count, using: &rng)
    let cases = try Self.clients.prefix(clientCount).enumerated().map { index, id in
      let contact = Bool.random(using: &rng) ? "\(id)@\(id).example" : nil
      return (
        id,
        try MailImportPlannerTests.client(id.capitalized, contact: contact, invoice: "INV-\(index)")
      )
    }
    var messages: [[UInt8]] = []
    var ids: [String] = []
    for number in 0..<Int.random(in: 1...30, using: &rng) {
      let client = Self.clients[Int.random(in: 0..<clientCount, using: &rng)]
      let clientAddress =
        Bool.random(using: &rng)
        ? "\(client)@\(client).example" : "staff\(number)@\(client).example"
      let stranger = Self.strangers[Int.random(in: 0..<Self.strangers.count, using: &rng)]
      let other = Int.random(in: 0..<4, using: &rng) == 0 ? stranger : clientAddress
      let outbound = Bool.random(using: &rng)
      let id = Int.random(in: 0..<5, using: &rng) == 0 ? nil : "m\(number)@mail.example"
      let answered = ids.isEmpty || Bool.random(using: &rng) ? nil : ids.randomElement(using: &rng)
      let invoice =
        Int.random(in: 0..<3, using: &rng) == 0 ? " INV-\(Int.random(in: 0..<4, using: &rng))" : ""
      let day = Int.random(in: 1...28, using: &rng)
      var message = MailImportPlannerTests.mail(
        from: outbound ? MailImportPlannerTests.me : other,
        to: outbound ? other : MailImportPlannerTests.me, subject: "Message \(number)\(invoice)",
        date: "\(day) Oct 2026 \(10 + number % 10):00:00 +0100", id: id, inReplyTo: answered,
        body: "Body \(number) \(Int.random(in: 0..<1000, using: &rng))")
      switch Int.random(in: 0..<12, using: &rng) {
      case 0: message = Array("garbage without headers \(number)".utf8)
      case 1: messages.append(message)  // the same message twice
      default: break
      }
      messages.append(message)
      if let id { ids.append(id) }
    }
    return (cases, MailImportPlannerTests.items(messages))
  }

  /// `state` with the contacts `plan` records in `caseID` appended.
  private func applying(_ plan: MailImportPlan, to cases: [(id: String, state: CaseState)]) throws
    -> [(id: String, state: CaseState)]
  {
    try cases.map { id, state in
      let added = plan.decisions.compactMap { decision -> CaseEvent? in
        guard case .record(id, _, let contact) = decision.outcome else { return nil }
        return .contactLogged(contact)
      }
      let events =
        state.entries
        + added.enumerated().map {
          RecordedEvent(seq: state.lastSeq + $0 + 1, recordedAt: noon("2026-12-04"), event: $1)
        }
      return (id, try CaseState(events: events))
    }
  }

  @Test func everyMessageIsAccountedForOnceAndAReimportAddsNothing() throws {
    var rng = SeededGenerator(seed: 0x696D_706F)
    for round in 0..<200 {
      let (cases, items) = try scenario(&rng)
      let planner = MailImportPlannerTests.planner(cases)
      let plan = planner.plan(items)
      #expect(
        plan.decisions.map(\.number).sorted() == items.map(\.number),
        "round \(round): each message once")
      let recorded = plan.recordCount
      let left =
        plan.unplaced.count + plan.duplicates.count + plan.voidedEarlier.count
        + plan.refused.count
      #expect(recorded + left == items.count, "round \(round)")
      let after = try applying(plan, to: cases)
      let again = MailImportPlannerTests.planner(after).plan(items)
      #expect(again.recordCount == 0, "round \(round): a re-import recorded something")
      #expect(
        again.refused.map(\.number) == plan.refused.map(\.number),
        "round \(round): the same messages are refused")
    }
  }

  @Test func aPlacedMessageIsPlacedByTheFirstRuleThatHolds() throws {
    var rng = SeededGenerator(seed: 0x7275_6C65)
    for round in 0..<200 {
      let (cases, items) = try scenario(&rng)
      let plan = MailImportPlannerTests.planner(cases).plan(items)
      for decision in plan.decisions {
        guard case .record(_, let match, let contact) = decision.outcome,
          let message = decision.message
        else { continue }
        let mail = try #require(contact.mail)
        #expect(mail.messageID == message.messageID, "round \(round)")
        switch match {
        case .thread(let id):
          #expect((message.inReplyTo + message.references).contains(id), "round \(round)")
        case .address(let address):
          #expect(
            (message.from + message.to).contains { $0.address == address }, "round \(round)")
        case .domain(let domain):
          #expect(
            (message.from + message.to).contains { $0.domain == domain }, "round \(round)")
        case .invoice(let number):
          #expect((message.subject + message.text).contains(number), "round \(round)")
        case .assigned:
          Issue.record("round \(round): assigned without --case")
        }
      }
    }
  }

  @Test func aReplyToARecordedMessageJoinsItsCaseWhoeverWritesIt() throws {
    var rng = SeededGenerator(seed: 0x7468_7264)
    for round in 0..<100 {
      let (cases, items) = try scenario(&rng)
      let plan = MailImportPlannerTests.planner(cases).plan(items)
      let recorded = plan.decisions.compactMap { decision -> (String, String)? in
        guard let caseID = decision.recordedCase, let id = decision.message?.messageID else {
          return nil
        }
        return (caseID, id)
      }
      guard !recorded.isEmpty else { continue }
      let after = try applying(plan, to: cases)
      let replies = (0..<5).map { number in
        let (_, parent) = recorded.randomElement(using: &rng)!
        let writer =
          (Self.strangers + ["someone@\(Self.clients.randomElement(using: &rng)!).example"])
          .randomElement(using: &rng)!
        return MailImportPlannerTests.mail(
          from: writer, subject: "Re: that", date: "30 Nov 2026 10:00:00 +0000",
          id: "reply\(number)@x", inReplyTo: parent, body: "Reply \(number)")
      }
      let answers = MailImportPlannerTests.planner(after).plan(
        MailImportPlannerTests.items(replies))
      for decision in answers.decisions {
        let parent = try #require(decision.message?.inReplyTo.first)
        let home = recorded.first { $0.1 == parent }?.0
        #expect(decision.recordedCase == home, "round \(round)")
      }
    }
  }

  @Test func aSentDateSurvivesTheJournalForm() throws {
    var rng = SeededGenerator(seed: 0x3333_3339)
    for _ in 0..<1000 {
      let seconds = Int64.random(in: -2_000_000_000...4_102_444_800, using: &rng)
      let offset: Int? =
        Int.random(in: 0..<10, using: &rng) == 0
        ? nil : Int.random(in: -12 * 60...14 * 60, using: &rng) * 60
      let sent = MailDate(secondsSince1970: seconds, offsetSeconds: offset)
      #expect(MailDate(rfc3339: sent.rfc3339) == sent, "\(sent.rfc3339)")
    }
    #expect(MailDate(rfc3339: "2026-10-15T12:30:00+-2:00") == nil)
    #expect(MailDate(rfc3339: "2026-10-15 12:30:00+02:00") == nil)
    #expect(
      MailDate(secondsSince1970: 1_760_524_200, offsetSeconds: nil).rfc3339
        == "2025-10-15T10:30:00-00:00")
  }

  @Test func anImportedContactSurvivesEncodingWithEveryField() throws {
    let mail = ImportedMail(
      sent: MailDate(secondsSince1970: 1_760_524_200, offsetSeconds: 7200),
      from: "Kim <kim@acme.example>", to: ["Sam <sam@bakerdesign.example>"], cc: ["a@b.example"],
      subject: "Re: INV-042", messageID: "x@y", inReplyTo: ["w@y"], references: ["v@y", "w@y"],
      attachments: ["remittance.pdf"], source: "inbox.mbox, message 3")
    let contact = CaseEvent.ContactLogged(
      channel: .email, direction: .inbound, on: date("2025-10-15"), summary: "Re: INV-042",
      fullText: "We pay Friday.", mail: mail)
    let data = try JSONEncoder().encode(contact)
    #expect(try JSONDecoder().decode(CaseEvent.ContactLogged.self, from: data) == contact)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"sent\":\"2025-10-15T12:30:00+02:00\""))
    let plain = CaseEvent.ContactLogged(
      channel: .phone, direction: .outbound, on: date("2025-10-15"), summary: "called")
    #expect(!String(decoding: try JSONEncoder().encode(plain), as: UTF8.self).contains("mail"))
  }
}
