import Testing

@testable import ParleyKit

/// The journal's `at` field: exactly `YYYY-MM-DDTHH:MM:SSZ`, a real UTC instant.
@Suite("Timestamp: reading the journal's UTC times")
struct TimestampISOTests {
  @Test("a well-formed time reads as its instant")
  func reads() throws {
    let timestamp = try #require(Timestamp(isoUTC: "2026-11-29T00:56:38Z", timeZoneID: "UTC"))
    #expect(timestamp.secondsSince1970 == 1_795_913_798)
    #expect(Timestamp(isoUTC: "1970-01-01T00:00:00Z", timeZoneID: "UTC")?.secondsSince1970 == 0)
  }

  @Test(
    "anything else is refused",
    arguments: [
      "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-29T24:00:00Z",
      "2026-11-29T00:60:00Z", "2026-11-29T00:00:60Z", "2026-11-29 00:56:38Z",
      "2026-11-29T00:56:38+01:00", "2026-11-29T00:56:38", "2026-11-29T00:56:38z",
      "20261129T005638Z", "-026-11-29T00:56:38Z", "2026-1a-29T00:56:38Z", "",
      "２026-11-29T00:56:38Z", "2026-11-29T00:56:38ZZ",
    ])
  func refuses(_ text: String) {
    #expect(Timestamp(isoUTC: text, timeZoneID: "UTC") == nil)
  }
}
