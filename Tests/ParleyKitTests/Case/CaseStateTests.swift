import Testing

@testable import ParleyKit

@Suite("CaseState: the fold of a case's events")
struct CaseStateTests {
  let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "Europe/London")

  func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
    return day
  }

  func gbp(_ pence: Int64) -> Money { Money(minorUnits: pence, currency: .gbp) }

  func recorded(_ events: [CaseEvent]) -> [RecordedEvent] {
    events.enumerated().map { RecordedEvent(seq: $0 + 1, recordedAt: stamp, event: $1) }
  }

  var opened: CaseEvent {
    .caseOpened(
      .init(
        client: "Acme Ltd", contact: "ap@acme.test", debtorKind: .business, jurisdiction: "gb-ewl",
        currency: "GBP"))
  }

  func invoice(_ number: String, _ pence: Int64, due: String) -> CaseEvent {
    .invoiceAdded(
      .init(number: number, amount: gbp(pence), issued: day("2026-09-01"), due: day(due)))
  }

  @Test func balanceIsInvoicesLessPaymentsAndOverdueCountsFromTheOldestUnpaid() throws {
    let state = try CaseState(
      events: recorded([
        opened,
        invoice("INV-1", 120_000, due: "2026-10-01"),
        invoice("INV-2", 30_000, due: "2026-11-01"),
        .paymentReceived(.init(amount: gbp(50_000), on: day("2026-11-10"))),
      ]))
    #expect(state.totalInvoiced == gbp(150_000))
    #expect(state.totalPaid == gbp(50_000))
    #expect(state.balance == gbp(100_000))
    // The payment went to INV-1 (due first), which is still part-paid.
    #expect(state.invoices[0].paid == gbp(50_000))
    #expect(state.invoices[1].paid == gbp(0))
    #expect(state.daysOverdue(today: day("2026-11-29")) == 59)
  }

  @Test func aPaymentNamingAnInvoicePaysItFirstAndTheRestSpillsToTheOldest() throws {
    let state = try CaseState(
      events: recorded([
        opened,
        invoice("INV-1", 10_000, due: "2026-10-01"),
        invoice("INV-2", 5_000, due: "2026-11-01"),
        .paymentReceived(.init(amount: gbp(7_000), on: day("2026-11-10"), invoice: "INV-2")),
      ]))
    #expect(state.invoices[1].isSettled)
    #expect(state.invoices[0].paid == gbp(2_000))
    #expect(state.daysOverdue(today: day("2026-11-29")) == 59)
  }

  @Test func overpaymentIsKeptAsCreditNotLost() throws {
    let state = try CaseState(
      events: recorded([
        opened, invoice("INV-1", 10_000, due: "2026-10-01"),
        .paymentReceived(.init(amount: gbp(12_500), on: day("2026-10-02"))),
      ]))
    #expect(state.balance == gbp(0))
    #expect(state.unallocated == gbp(2_500))
    #expect(state.daysOverdue(today: day("2026-11-29")) == 0)
  }

  @Test func voidedEventsAreSetAsideButKeptForTheRecord() throws {
    let state = try CaseState(
      events: recorded([
        opened, invoice("INV-1", 10_000, due: "2026-10-01"),
        .paymentReceived(.init(amount: gbp(9_000), on: day("2026-10-02"))),
        .void(.init(target: 3, reason: "bounced")),
      ]))
    #expect(state.balance == gbp(10_000))
    #expect(state.payments.isEmpty)
    #expect(state.voided.map(\.target.seq) == [3])
    #expect(state.voided.first?.reason == "bounced")
    #expect(state.entries.count == 4)
  }

  @Test func contactsAreInTheOrderTheyHappenedAndTheLastIsTheLatest() throws {
    let state = try CaseState(
      events: recorded([
        opened,
        .contactLogged(
          .init(channel: .phone, direction: .outbound, on: day("2026-11-20"), summary: "call")),
        .contactLogged(
          .init(channel: .email, direction: .outbound, on: day("2026-10-08"), summary: "reminder")),
      ]))
    #expect(state.contacts.map(\.contact.summary) == ["reminder", "call"])
    #expect(state.lastContact?.contact.summary == "call")
  }

  @Test func aJournalThatDoesNotStartWithTheOpeningIsRefused() {
    #expect(throws: CaseError.notOpenedFirst) {
      try CaseState(events: recorded([.note(.init(text: "hi"))]))
    }
    #expect(throws: CaseError.notOpenedFirst) { try CaseState(events: []) }
  }

  @Test func hugeHandEditedAmountsDoNotCrashTheFold() throws {
    let state = try CaseState(
      events: recorded([
        opened, invoice("A", .max, due: "2026-10-01"), invoice("B", .max, due: "2026-10-01"),
      ]))
    #expect(state.totalInvoiced.minorUnits == .max)
  }

  @Test func balanceAlwaysEqualsInvoicedMinusPaidUntilPaidInFull() throws {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<2_000 {
      var events = [opened]
      let invoiceCount = Int.random(in: 1...4, using: &generator)
      for index in 0..<invoiceCount {
        events.append(
          invoice(
            "I\(index)", Int64.random(in: 1...5_000_000, using: &generator),
            due: "2026-0\(index + 1)-01"))
      }
      for _ in 0..<Int.random(in: 0...5, using: &generator) {
        events.append(
          .paymentReceived(
            .init(
              amount: gbp(Int64.random(in: 1...3_000_000, using: &generator)), on: day("2026-11-01")
            )))
      }
      let state = try CaseState(events: recorded(events))
      let difference = state.totalInvoiced.minorUnits - state.totalPaid.minorUnits
      #expect(state.balance.minorUnits == max(0, difference))
      #expect(state.unallocated.minorUnits == max(0, -difference))
      #expect(state.invoices.allSatisfy { $0.paid.minorUnits <= $0.invoice.amount.minorUnits })
      #expect(
        state.invoices.allSatisfy {
          $0.paid.minorUnits == $0.shares.map(\.amount.minorUnits).reduce(0, +)
        })
    }
  }
}

@Suite("CaseState: folding one entry at a time")
struct CaseStateAppendingLawTests {
  @Test(
    "appending entries one by one gives exactly the state of folding them all", arguments: 1...20)
  func appendingIsTheFold(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "Europe/London")
    let base = Day(year: 2026, month: 9, day: 1) ?? .unixEpoch
    func gbp(_ pence: Int64) -> Money { Money(minorUnits: pence, currency: .gbp) }
    var events: [CaseEvent] = [
      .caseOpened(
        .init(
          client: "Acme Ltd", contact: "", debtorKind: .business, jurisdiction: "gb-ewl",
          currency: "GBP"))
    ]
    for index in 0..<60 {
      let on = base.adding(days: Int.random(in: 0...90, using: &generator))
      switch Int.random(in: 0..<10, using: &generator) {
      case 0:
        events.append(
          .invoiceAdded(.init(number: "INV-\(index)", amount: gbp(10_000), issued: base, due: on)))
      case 1:
        events.append(.paymentReceived(.init(amount: gbp(3_000), on: on)))
      case 2 where events.count > 2:
        let target = Int.random(in: 2...events.count, using: &generator)
        events.append(.void(.init(target: target, reason: "wrong")))
      case 3, 4, 5:
        events.append(
          .contactLogged(.init(channel: .email, direction: .outbound, on: on, summary: "r\(index)"))
        )
      default:
        events.append(.note(.init(text: "note \(index)")))
      }
    }
    let recorded = events.enumerated().map {
      RecordedEvent(seq: $0 + 1, recordedAt: stamp, event: $1)
    }
    var state = try CaseState(events: [recorded[0]])
    for entry in recorded.dropFirst() { try state.append(entry) }
    #expect(state == (try CaseState(events: recorded)))
  }
}
