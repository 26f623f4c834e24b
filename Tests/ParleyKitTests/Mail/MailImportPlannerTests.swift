import Testing

@testable import ParleyKit

/// Which case an imported message lands in, and what is never written.
@Suite struct MailImportPlannerTests {
  static let me = "sam@bakerdesign.example"

  /// A plain message; `date` is RFC 5322 (`Thu, 15 Oct 2026 12:30:00 +0200`).
  static func mail(
    from: String, to: String = "Sam Baker <sam@bakerdesign.example>", subject: String,
    date: String = "Thu, 15 Oct 2026 12:30:00 +0200", id: String? = nil,
    inReplyTo: String? = nil, body: String = "Hello."
  ) -> [UInt8] {
    var lines = ["From: \(from)", "To: \(to)", "Subject: \(subject)", "Date: \(date)"]
    if let id { lines.append("Message-ID: <\(id)>") }
    if let inReplyTo { lines.append("In-Reply-To: <\(inReplyTo)>") }
    return Array((lines.joined(separator: "\n") + "\n\n" + body + "\n").utf8)
  }

  static func items(_ messages: [[UInt8]]) -> [MailImportItem] {
    messages.enumerated().map {
      MailImportItem(number: $0 + 1, source: "test.mbox, message \($0 + 1)", bytes: $1)
    }
  }

  /// A case for `client`, reachable at `contact`, with invoice `invoice`.
  static func client(
    _ client: String, contact: String?, invoice: String, extra: [CaseEvent] = []
  ) throws -> CaseState {
    let events: [CaseEvent] =
      [
        .caseOpened(
          .init(
            client: client, contact: contact, debtorKind: .business, jurisdiction: "gb-ewl",
            currency: "GBP")),
        .invoiceAdded(
          .init(
            number: invoice, amount: pounds(120_000), issued: date("2026-09-01"),
            due: date("2026-10-01"))),
      ] + extra
    return try CaseState(
      events: events.enumerated().map {
        RecordedEvent(seq: $0 + 1, recordedAt: noon("2026-12-01"), event: $1)
      })
  }

  static func planner(_ cases: [(id: String, state: CaseState)]) -> MailImportPlanner {
    MailImportPlanner(
      cases: cases, ownAddresses: [me], timeZoneID: "Europe/London", today: date("2026-12-04"))
  }

  func twoClients() throws -> [(id: String, state: CaseState)] {
    [
      ("acme", try Self.client("Acme Ltd", contact: "Kim <kim@acme.example>", invoice: "INV-042")),
      ("bolt", try Self.client("Bolt", contact: "bolt.books@gmail.com, 0161 555", invoice: "2001")),
    ]
  }

  func caseOf(_ decision: MailImportDecision) -> String? { decision.recordedCase }

  @Test func theClientsAddressThenDomainPlaceAMessage() throws {
    let plan = Self.planner(try twoClients()).plan(
      Self.items([
        Self.mail(from: "Kim <kim@acme.example>", subject: "About the logo", id: "a@x"),
        Self.mail(from: "Lee <accounts@acme.example>", subject: "Remittance", id: "b@x"),
        Self.mail(from: "bolt.books@gmail.com", subject: "Hi", id: "c@x"),
      ]))
    #expect(plan.decisions.map(caseOf) == ["acme", "acme", "bolt"])
    let matches = plan.decisions.map(\.outcome.match)
    #expect(
      matches == [
        .address("kim@acme.example"), .domain("acme.example"), .address("bolt.books@gmail.com"),
      ])
  }

  @Test func aPublicMailDomainNeverClaimsAMessage() throws {
    let plan = Self.planner(try twoClients()).plan(
      Self.items([Self.mail(from: "someone.else@gmail.com", subject: "Lunch?", id: "d@x")]))
    #expect(plan.decisions.map(\.outcome) == [.unmatched])
    #expect(plan.unplaced.count == 1)
    #expect(plan.recordCount == 0)
  }

  @Test func aReplyJoinsTheThreadBeforeAnyAddressRule() throws {
    var cases = try twoClients()
    let first = try #require(
      Self.planner(cases).plan(
        Self.items([Self.mail(from: "Kim <kim@acme.example>", subject: "Logo", id: "t1@x")])
      ).decisions.first)
    guard case .record(_, _, let contact) = first.outcome else {
      Issue.record("not recorded: \(first.outcome)")
      return
    }
    cases[0].state = try Self.client(
      "Acme Ltd", contact: "kim@acme.example", invoice: "INV-042",
      extra: [.contactLogged(contact)])
    // Written from Bolt's address, but answering the Acme message: the thread wins.
    let reply = Self.mail(
      from: "bolt.books@gmail.com", subject: "Re: Logo", id: "t2@x", inReplyTo: "t1@x")
    let plan = Self.planner(cases).plan(Self.items([reply]))
    #expect(plan.decisions.map(caseOf) == ["acme"])
    #expect(plan.decisions.first?.outcome.match == .thread(messageID: "t1@x"))
  }

  @Test func aThreadFormsWithinOneImportWhateverTheFileOrder() throws {
    // The reply comes first in the file but was sent later; the first message
    // names the invoice, the reply only answers it.
    let plan = Self.planner(try twoClients()).plan(
      Self.items([
        Self.mail(
          from: "Pat <pat@elsewhere.example>", subject: "Re: your note",
          date: "Fri, 16 Oct 2026 09:00:00 +0000", id: "r2@x", inReplyTo: "r1@x"),
        Self.mail(
          from: "Pat <pat@elsewhere.example>", subject: "About INV-042",
          date: "Thu, 15 Oct 2026 09:00:00 +0000", id: "r1@x"),
      ]))
    #expect(plan.decisions.map(\.number) == [2, 1], "in the order sent")
    #expect(plan.decisions.map(caseOf) == ["acme", "acme"])
    #expect(
      plan.decisions.map(\.outcome.match) == [.invoice("INV-042"), .thread(messageID: "r1@x")])
  }

  @Test func anInvoiceOfDigitsAloneCountsOnlyAfterAWordForAnInvoice() throws {
    let cases = try twoClients()
    let named = Self.planner(cases).plan(
      Self.items([
        Self.mail(from: "x@elsewhere.example", subject: "Payment of invoice no. 2001", id: "n1")
      ]))
    #expect(named.decisions.map(caseOf) == ["bolt"])
    let price = Self.planner(cases).plan(
      Self.items([
        Self.mail(
          from: "x@elsewhere.example", subject: "Quote", id: "n2", body: "It costs 2001 a year.")
      ]))
    #expect(price.decisions.map(\.outcome) == [.unmatched])
  }

  @Test func twoCasesClaimingAMessageEquallyLeaveItOut() throws {
    let cases = [
      ("one", try Self.client("One", contact: "a@shared.example", invoice: "A-1")),
      ("two", try Self.client("Two", contact: "b@shared.example", invoice: "B-1")),
    ]
    let plan = Self.planner(cases).plan(
      Self.items([Self.mail(from: "c@shared.example", subject: "Hello", id: "s1")]))
    #expect(
      plan.decisions.map(\.outcome) == [
        .ambiguous(caseIDs: ["one", "two"], match: .domain("shared.example"))
      ])
    #expect(plan.recordCount == 0)
  }

  @Test func messagesFromMyOwnAddressAreOutboundAndMatchByRecipient() throws {
    let plan = Self.planner(try twoClients()).plan(
      Self.items([
        Self.mail(
          from: "Sam Baker <SAM@bakerdesign.example>", to: "Kim <kim@acme.example>",
          subject: "Reminder", id: "o1")
      ]))
    let decision = try #require(plan.decisions.first)
    #expect(decision.isOutbound)
    guard case .record("acme", .address("kim@acme.example"), let contact) = decision.outcome else {
      Issue.record("\(decision.outcome)")
      return
    }
    #expect(contact.direction == .outbound)
    #expect(contact.channel == .email)
  }

  @Test func myOwnDomainIsNeverTakenForTheClients() throws {
    let cases = [
      ("acme", try Self.client("Acme", contact: "kim@bakerdesign.example", invoice: "INV-9"))
    ]
    let plan = Self.planner(cases).plan(
      Self.items([Self.mail(from: "colleague@bakerdesign.example", subject: "Coffee", id: "k1")]))
    #expect(plan.decisions.map(\.outcome) == [.unmatched])
  }

  @Test func aMessageAlreadyRecordedIsSkippedByIdOrByContent() throws {
    var cases = try twoClients()
    let withID = Self.mail(from: "kim@acme.example", subject: "One", id: "dup@x")
    let withoutID = Self.mail(from: "kim@acme.example", subject: "Two", body: "No id here.")
    let first = Self.planner(cases).plan(Self.items([withID, withoutID]))
    #expect(first.recordCount == 2)
    let contacts = first.decisions.compactMap { decision -> CaseEvent? in
      if case .record(_, _, let contact) = decision.outcome { .contactLogged(contact) } else { nil }
    }
    cases[0].state = try Self.client(
      "Acme Ltd", contact: "kim@acme.example", invoice: "INV-042", extra: contacts)
    let again = Self.planner(cases).plan(Self.items([withID, withoutID]))
    #expect(
      again.decisions.map(\.outcome) == [.duplicate(caseID: "acme"), .duplicate(caseID: "acme")])
    // Same sender and moment, different words: a different message.
    let other = Self.mail(from: "kim@acme.example", subject: "Two", body: "Other words.")
    #expect(Self.planner(cases).plan(Self.items([other])).recordCount == 1)
  }

  @Test func aVoidedImportStaysOutUntilPickedByNumber() throws {
    var cases = try twoClients()
    let message = Self.mail(from: "kim@acme.example", subject: "Wrong case", id: "w@x")
    let first = Self.planner(cases).plan(Self.items([message]))
    guard case .record(_, _, let contact) = try #require(first.decisions.first).outcome else {
      Issue.record("not recorded")
      return
    }
    cases[0].state = try Self.client(
      "Acme Ltd", contact: "kim@acme.example", invoice: "INV-042",
      extra: [.contactLogged(contact), .void(.init(target: 3, reason: "belongs to Bolt"))])
    #expect(
      Self.planner(cases).plan(Self.items([message])).decisions.map(\.outcome) == [
        .voidedEarlier(caseID: "acme")
      ])
    let picked = Self.planner(cases).plan(Self.items([message]), assignedCase: "bolt", forced: [1])
    #expect(picked.decisions.map(caseOf) == ["bolt"])
  }

  @Test func theSameMessageTwiceInOneMailboxIsRecordedOnce() throws {
    let message = Self.mail(from: "kim@acme.example", subject: "Twice", id: "twice@x")
    let plan = Self.planner(try twoClients()).plan(Self.items([message, message]))
    #expect(plan.recordCount == 1)
    #expect(plan.duplicates.map(\.outcome) == [.duplicate(caseID: "acme")])
    let stray = Self.mail(from: "who@elsewhere.example", subject: "Twice", id: "stray@x")
    let unplaced = Self.planner(try twoClients()).plan(Self.items([stray, stray]))
    #expect(unplaced.decisions.map(\.outcome) == [.unmatched, .duplicate(caseID: nil)])
  }

  @Test func unreadableUndatedAndFutureMessagesAreRefusedAndTheRestStillPlaced() throws {
    let plan = Self.planner(try twoClients()).plan(
      Self.items([
        Array("no headers at all".utf8),
        Array("From: kim@acme.example\nSubject: undated\n\nhi\n".utf8),
        Self.mail(
          from: "kim@acme.example", subject: "future", date: "Mon, 4 Jan 2027 09:00:00 +0000"),
        Self.mail(from: "kim@acme.example", subject: "fine", id: "fine@x"),
      ]))
    #expect(plan.recordCount == 1)
    #expect(
      plan.refused.map(\.outcome) == [
        .refused(.unreadable(.noHeaders)), .refused(.undated),
        .refused(.sentInFuture(date("2027-01-04"))),
      ])
    #expect(
      plan.refused.map(\.source) == [
        "test.mbox, message 1", "test.mbox, message 2", "test.mbox, message 3",
      ])
  }

  @Test func assigningPutsTheUnmatchedInTheCaseAndPickedMessagesWhateverTheyMatch() throws {
    let cases = try twoClients()
    let messages = Self.items([
      Self.mail(from: "stranger@elsewhere.example", subject: "?", id: "u1"),
      Self.mail(from: "kim@acme.example", subject: "Acme's", id: "u2"),
    ])
    let fallback = Self.planner(cases).plan(messages, assignedCase: "bolt")
    #expect(fallback.decisions.map(caseOf) == ["bolt", "acme"])
    #expect(fallback.decisions.first?.outcome.match == .assigned)
    let forced = Self.planner(cases).plan(messages, assignedCase: "bolt", forced: [2])
    #expect(forced.decisions.map(caseOf) == ["bolt", "bolt"])
  }

  @Test func aClosedCaseIsNamedButGetsNothing() throws {
    let closed = try Self.client(
      "Acme Ltd", contact: "kim@acme.example", invoice: "INV-042",
      extra: [.caseClosed(.init(on: date("2026-11-01"), reason: "paid"))])
    let plan = Self.planner([("acme", closed)]).plan(
      Self.items([Self.mail(from: "kim@acme.example", subject: "Thanks", id: "c1")]))
    #expect(
      plan.decisions.map(\.outcome) == [
        .closedCase(caseID: "acme", match: .address("kim@acme.example"))
      ])
  }

  @Test func theContactKeepsTheMessagesOwnFacts() throws {
    let plan = Self.planner(try twoClients()).plan(
      Self.items([
        Self.mail(
          from: "Kim <kim@acme.example>", subject: "Late night",
          date: "Wed, 14 Oct 2026 23:30:00 -0500", id: "late@x", body: "We will pay by Friday.")
      ]))
    guard case .record(_, _, let contact) = try #require(plan.decisions.first).outcome else {
      Issue.record("not recorded")
      return
    }
    // 23:30 in New York is 05:30 next morning in London: the user's day.
    #expect(contact.on == date("2026-10-15"))
    #expect(contact.summary == "Late night")
    #expect(contact.fullText == "We will pay by Friday.")
    let mail = try #require(contact.mail)
    #expect(mail.sent.offsetSeconds == -5 * 3600)
    #expect(mail.sent.rfc3339 == "2026-10-14T23:30:00-05:00")
    #expect(mail.from == "Kim <kim@acme.example>")
    #expect(mail.messageID == "late@x")
    #expect(mail.source == "test.mbox, message 1")
  }
}

extension MailImportOutcome {
  /// The rule that placed the message, when it was placed.
  fileprivate var match: MailMatch? {
    if case .record(_, let match, _) = self { return match }
    return nil
  }
}
