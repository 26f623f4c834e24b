import Testing

@testable import ParleyKit

@Suite("HistoryEntry: an earlier contact typed in a line")
struct HistoryEntryTests {
  let today = date("2026-12-04")

  @Test(
    arguments: [
      ("email 2 Nov", ContactChannel.email, ContactDirection.outbound, "2026-11-02"),
      ("they called on 20 November", .phone, .inbound, "2026-11-20"),
      ("phone call yesterday", .phone, .outbound, "2026-12-03"),
      ("sent a letter on 1/11", .letter, .outbound, "2026-11-01"),
    ])
  func reads(text: String, channel: ContactChannel, direction: ContactDirection, day: String) {
    let entry = HistoryEntry(text, today: today, order: .dayFirst)
    #expect(entry?.channel == channel, "\(text)")
    #expect(entry?.direction == direction, "\(text)")
    #expect(entry?.on == date(day), "\(text)")
  }

  @Test func aLineWithoutAChannelOrAPastDayIsNotAnEntry() {
    #expect(HistoryEntry("sometime last month", today: today, order: .dayFirst) == nil)
    #expect(HistoryEntry("email next Tuesday", today: today, order: .dayFirst) == nil)
  }
}
