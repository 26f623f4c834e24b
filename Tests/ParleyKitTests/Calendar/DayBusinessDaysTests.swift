import Testing

@testable import ParleyKit

/// The day for an ISO string written in a test; records an issue if it is not one.
private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
  guard let day = Day(iso: iso) else {
    Issue.record("'\(iso)' is not a day", sourceLocation: sourceLocation)
    return .unixEpoch
  }
  return day
}

/// UK bank holidays at the end of 2026: Christmas Day and Boxing Day (substitute).
private let christmas: Set<Day> = [day("2026-12-25"), day("2026-12-28")]

@Suite("Business days")
struct DayBusinessDaysTests {
  @Test("weekends and holidays are not business days")
  func isBusinessDay() {
    #expect(day("2026-11-30").isBusinessDay())
    #expect(!day("2026-11-29").isBusinessDay())
    #expect(!day("2026-11-28").isBusinessDay())
    #expect(!day("2026-12-25").isBusinessDay(holidays: christmas))
    #expect(day("2026-12-25").isBusinessDay())
  }

  @Test("rolling forward over a weekend and over Christmas")
  func rollForward() {
    #expect(day("2026-11-28").rolledForwardToBusinessDay().iso == "2026-11-30")
    #expect(day("2026-11-30").rolledForwardToBusinessDay().iso == "2026-11-30")
    #expect(day("2026-12-25").rolledForwardToBusinessDay(holidays: christmas).iso == "2026-12-29")
    #expect(day("2026-12-26").rolledBackToBusinessDay(holidays: christmas).iso == "2026-12-24")
  }

  @Test("adding business days never counts the start day")
  func addingBusinessDays() {
    #expect(day("2026-12-04").adding(businessDays: 1).iso == "2026-12-07")
    #expect(day("2026-12-05").adding(businessDays: 1).iso == "2026-12-07")
    #expect(day("2026-12-05").adding(businessDays: 0).iso == "2026-12-05")
    #expect(day("2026-12-07").adding(businessDays: -1).iso == "2026-12-04")
    #expect(day("2026-11-30").adding(businessDays: 10).iso == "2026-12-14")
    #expect(day("2026-12-23").adding(businessDays: 3, holidays: christmas).iso == "2026-12-30")
  }

  @Test("counting business days between two days")
  func counting() {
    #expect(day("2026-11-30").businessDays(until: day("2026-12-07")) == 5)
    #expect(day("2026-12-07").businessDays(until: day("2026-11-30")) == -5)
    #expect(day("2026-11-28").businessDays(until: day("2026-11-29")) == 0)
    #expect(day("2026-12-23").businessDays(until: day("2026-12-31"), holidays: christmas) == 4)
    #expect(day("2026-01-01").businessDays(until: day("2027-01-01")) == 261)
  }
}
