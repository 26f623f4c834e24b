import Testing

@testable import ParleyKit

@Suite struct MailDateTests {
  /// 2026-12-04T10:15:00Z.
  private let instant: Int64 = 1_796_379_300

  @Test func theCommonForm() throws {
    let date = try #require(MailDate(rfc5322: "Fri, 4 Dec 2026 10:15:00 +0000"))
    #expect(date.timestamp.secondsSince1970 == instant)
    #expect(date.offsetSeconds == 0)
    #expect(date.timestamp.timeZoneID == "GMT")
  }

  @Test func anOffsetKeepsTheLocalZone() throws {
    let date = try #require(MailDate(rfc5322: "Fri, 04 Dec 2026 11:15:00 +0100"))
    #expect(date.timestamp.secondsSince1970 == instant)
    #expect(date.offsetSeconds == 3600)
    #expect(date.timestamp.timeZoneID == "GMT+0100")
    #expect(date.timestamp.utcOffsetSeconds == 3600)
    let india = try #require(MailDate(rfc5322: "4 Dec 2026 15:45 +0530"))
    #expect(india.timestamp.secondsSince1970 == instant)
    #expect(india.timestamp.timeZoneID == "GMT+0530")
  }

  @Test func noWeekdayNoSecondsCommentsAndSpace() {
    #expect(MailDate(rfc5322: "4 Dec 2026 10:15 +0000")?.timestamp.secondsSince1970 == instant)
    #expect(
      MailDate(rfc5322: "  Fri ,  4   Dec  2026  10:15:00   +0000 (UTC) ")?.timestamp
        .secondsSince1970 == instant)
  }

  @Test func twoAndThreeDigitYears() {
    #expect(MailDate(rfc5322: "4 Dec 26 10:15:00 +0000")?.timestamp.secondsSince1970 == instant)
    #expect(MailDate(rfc5322: "1 Jan 70 00:00:00 +0000")?.timestamp.secondsSince1970 == 0)
    #expect(MailDate(rfc5322: "1 Jan 070 00:00:00 +0000")?.timestamp.secondsSince1970 == 0)
    #expect(MailDate(rfc5322: "1 Jan 49 00:00:00 GMT")?.timestamp.secondsSince1970 == 2_493_072_000)
  }

  @Test func obsoleteZoneNames() {
    #expect(
      MailDate(rfc5322: "Fri, 4 Dec 2026 05:15:00 EST")?.timestamp.secondsSince1970 == instant)
    #expect(MailDate(rfc5322: "Fri, 4 Dec 2026 02:15:00 PST")?.offsetSeconds == -8 * 3600)
    #expect(
      MailDate(rfc5322: "Fri, 4 Dec 2026 03:15:00 PDT")?.timestamp.secondsSince1970 == instant)
    #expect(MailDate(rfc5322: "Fri, 4 Dec 2026 10:15:00 UT")?.offsetSeconds == 0)
    #expect(MailDate(rfc5322: "Fri, 4 Dec 2026 10:15:00 Z")?.timestamp.secondsSince1970 == instant)
  }

  @Test func militaryLettersAndMinusZeroMeanUnknownOffset() throws {
    let military = try #require(MailDate(rfc5322: "Fri, 4 Dec 2026 10:15:00 A"))
    #expect(military.offsetSeconds == nil)
    #expect(military.timestamp.secondsSince1970 == instant)
    #expect(MailDate(rfc5322: "Fri, 4 Dec 2026 10:15:00 -0000")?.offsetSeconds == nil)
  }

  @Test func nonsenseIsNotADate() {
    for text in [
      "", "yesterday", "31 Feb 2026 10:00 +0000", "4 Dec 2026 25:00 +0000", "4 Foo 2026 10:00",
      "4 Dec 99999999999999999999 10:00", "4 Dec 2026 10:61",
    ] {
      #expect(MailDate(rfc5322: text) == nil, "\(text)")
    }
  }
}
