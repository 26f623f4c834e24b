import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

@Suite("Journal lines: corrections, closings and changes of name")
struct JournalLineCorrectionTests {
  static let gbp = Currency.named("GBP") ?? Currency(code: "GBP", minorDigits: 2)
  static let day = Day(year: 2026, month: 11, day: 2) ?? .unixEpoch

  static let events: [CaseEvent] = [
    .entryCorrected(
      CaseEvent.EntryCorrected(
        target: 3,
        changes: {
          var changes = EntryChanges()
          changes.amount = Money(minorUnits: 45_500, currency: gbp)
          changes.on = day.adding(days: 1)
          changes.direction = .inbound
          changes.channel = .phone
          return changes
        }(), reason: "typed \"450.50\"")),
    .entryCorrected(CaseEvent.EntryCorrected(target: 4, changes: EntryChanges())),
    .clientRenamed(CaseEvent.ClientRenamed(from: "Zoë & \"Sons\" Ltd", to: "Zoë & Daughters")),
    .caseClosed(CaseEvent.CaseClosed(on: day, reason: "paid in full")),
    .caseClosed(CaseEvent.CaseClosed(on: day)),
    .caseReopened(CaseEvent.CaseReopened(on: day, reason: "the cheque bounced")),
    .caseRenamed(CaseEvent.CaseRenamed(from: "zoe-sons-ltd", to: "zoe")),
  ]

  @Test("each decodes to the event written, and encodes again to the same bytes")
  func roundTrip() throws {
    var prev = JournalLine.genesisHash
    for (index, event) in Self.events.enumerated() {
      let line = JournalLine(seq: index + 1, timestamp: Fixtures.time(0), event: event, prev: prev)
      let bytes = try line.encoded()
      let decoded = try JournalLine.decode(bytes).get()
      #expect(decoded.event == event)
      #expect(try decoded.encoded() == bytes)
      // The kind is written as its journal id.
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("\"type\":\"\(event.typeName)\""))
      prev = SHA256.hexHash(bytes)
    }
  }

  @Test("a correction's data holds only the fields it changes")
  func correctionData() throws {
    let line = JournalLine(
      seq: 5, timestamp: Fixtures.time(0), event: Self.events[0], prev: JournalLine.genesisHash)
    let text = String(decoding: try line.encoded(), as: UTF8.self)
    #expect(
      text.contains(
        #""data":{"changes":{"amount":{"amount":"455.00","currency":"GBP"},"channel":"phone","#
          + #""direction":"in","on":"2026-11-03"},"reason":"typed \"450.50\"","target":3}"#),
      "\(text)")
  }
}
