import Testing

@testable import ParleyKit

/// The instant for a UTC ISO string in `zone`; records an issue if it is not one.
private func instant(
  _ isoUTC: String, in zone: String, sourceLocation: SourceLocation = #_sourceLocation
) -> Timestamp {
  guard let timestamp = Timestamp(isoUTC: isoUTC, timeZoneID: zone) else {
    Issue.record("'\(isoUTC)' is not a UTC instant", sourceLocation: sourceLocation)
    return Timestamp(secondsSince1970: 0, timeZoneID: zone)
  }
  return timestamp
}

@Suite("Timestamps in local time")
struct TimestampLocalTests {
  @Test(
    "Europe/London across the 2027 clock changes",
    arguments: [
      // Clocks go forward at 01:00 UTC on 28 March 2027.
      ("2027-03-28T00:59:59Z", "2027-03-28", "00:59", 0),
      ("2027-03-28T01:00:00Z", "2027-03-28", "02:00", 3600),
      // In summer, 23:30 UTC is already the next day in London.
      ("2027-03-27T23:30:00Z", "2027-03-27", "23:30", 0),
      ("2027-03-28T23:30:00Z", "2027-03-29", "00:30", 3600),
      // Clocks go back at 01:00 UTC on 31 October 2027.
      ("2027-10-31T00:59:59Z", "2027-10-31", "01:59", 3600),
      ("2027-10-31T01:00:00Z", "2027-10-31", "01:00", 0),
    ])
  func london(isoUTC: String, localDay: String, localTime: String, offset: Int) {
    let timestamp = instant(isoUTC, in: "Europe/London")
    #expect(timestamp.isoUTC == isoUTC)
    #expect(timestamp.localDay.iso == localDay)
    #expect(timestamp.localTime.description == localTime)
    #expect(timestamp.utcOffsetSeconds == offset)
  }

  @Test("west of UTC the local day can be the day before the UTC day")
  func losAngeles() {
    let evening = instant("2027-01-15T05:30:00Z", in: "America/Los_Angeles")
    #expect(evening.utcDay.iso == "2027-01-15")
    #expect(evening.localDay.iso == "2027-01-14")
    #expect(evening.localTime == TimeOfDay(hour: 21, minute: 30))
    #expect(evening.utcOffsetSeconds == -8 * 3600)

    let midnight = instant("2027-01-15T08:00:00Z", in: "America/Los_Angeles")
    #expect(midnight.localDay.iso == "2027-01-15")
    #expect(midnight.localTime.description == "00:00")
  }

  @Test("far east of UTC the local day can be the day after")
  func kiritimati() {
    let morning = instant("2027-01-15T10:00:00Z", in: "Pacific/Kiritimati")
    #expect(morning.localDay.iso == "2027-01-16")
    #expect(morning.localTime.description == "00:00")
  }

  @Test("before 1970 the local day still floors correctly")
  func beforeEpoch() {
    let timestamp = Timestamp(secondsSince1970: -1, timeZoneID: "UTC")
    #expect(timestamp.localDay.iso == "1969-12-31")
    #expect(timestamp.localTime.description == "23:59")
  }

  @Test("known and unknown time zones; an unknown one reads as UTC")
  func knownZones() {
    #expect(Timestamp.isKnownTimeZone("Europe/London"))
    #expect(Timestamp.isKnownTimeZone("America/New_York"))
    #expect(!Timestamp.isKnownTimeZone("Mars/Olympus_Mons"))
    #expect(!Timestamp.isKnownTimeZone(""))
    let unknown = instant("2027-01-15T23:30:00Z", in: "Mars/Olympus_Mons")
    #expect(unknown.localDay == unknown.utcDay)
    #expect(unknown.localTime.description == "23:30")
  }

  @Test("TimeOfDay validates and formats")
  func timeOfDay() {
    #expect(TimeOfDay(hour: 24, minute: 0) == nil)
    #expect(TimeOfDay(hour: 9, minute: 60) == nil)
    #expect(TimeOfDay(hour: 9, minute: 5)?.description == "09:05")
    #expect(TimeOfDay(validMinutesSinceMidnight: 1439).description == "23:59")
  }
}
