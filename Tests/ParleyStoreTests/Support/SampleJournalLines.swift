import ParleyKit

@testable import ParleyStore

/// Journal lines of many event types, with text that needs escaping, as the store writes them.
enum SampleJournalLines {
  static let gbp = Currency.named("GBP") ?? Currency(code: "GBP", minorDigits: 2)
  static let day = Day(year: 2026, month: 11, day: 2) ?? .unixEpoch

  static let events: [CaseEvent] = [
    .caseOpened(Fixtures.opened("Zoë & \"Sons\" Ltd")),
    Fixtures.invoice(7, pounds: 1_200),
    .paymentReceived(
      CaseEvent.PaymentReceived(amount: Money(minorUnits: 45_050, currency: gbp), on: day)),
    .paymentReceived(
      CaseEvent.PaymentReceived(
        amount: Money(minorUnits: 1, currency: gbp), on: day, invoice: "INV-7")),
    .contactLogged(
      CaseEvent.ContactLogged(
        channel: .email, direction: .inbound, on: day, summary: "they say: wait / 2 weeks",
        fullText: "Hi,\n\tWe'll pay £500 on Friday 😀.\r\nThanks\u{1B}[31m")),
    Fixtures.note("line one\nline two \\ back\u{0}slash"),
    .void(CaseEvent.Void(target: 3, reason: "typed twice")),
    .promiseNoted(
      CaseEvent.PromiseNoted(
        on: day, by: day.adding(days: 7), amount: Money(minorUnits: 50_000, currency: gbp))),
    .disputeNoted(CaseEvent.DisputeNoted(on: day, about: "the logo colours", invoice: "INV-7")),
  ]

  /// Each event as one encoded journal line, chained from the genesis hash.
  static func all() throws -> [[UInt8]] {
    var prev = JournalLine.genesisHash
    return try events.enumerated().map { index, event in
      let line = JournalLine(
        seq: index + 1, timestamp: Fixtures.time(Int64(index) * 3_601), event: event, prev: prev)
      let bytes = try line.encoded()
      prev = SHA256.hexHash(bytes)
      return bytes
    }
  }
}
