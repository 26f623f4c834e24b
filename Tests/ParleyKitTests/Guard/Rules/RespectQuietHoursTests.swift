import Testing

@testable import ParleyKit

@Suite("RespectQuietHours: no contact on a public holiday where the profile says so")
struct RespectQuietHoursTests {
  @Test func inNewSouthWalesAPublicHolidayIsQuietAllDay() throws {
    let nsw = builtInProfile("au-nsw")
    let state = try CaseBuilder().state()
    let call = ProposedStep.logContact(.phone)
    // Tuesday 26 January 2027 is Australia Day; 01:00 UTC is noon in Sydney, in the usual hours.
    let holiday = ProcessGuard.check(
      call, state: state, profile: nsw, now: noon("2027-01-26", hour: 1, zone: "Australia/Sydney"))
    let warning = try #require(holiday.first { $0.rule == .quietHours })
    #expect(warning.why.contains("Today is a public holiday in New South Wales"))
    #expect(warning.instead == "Wait until Wednesday 27 January 2027.")
    let workday = ProcessGuard.check(
      call, state: state, profile: nsw, now: noon("2027-01-27", hour: 1, zone: "Australia/Sydney"))
    #expect(!workday.contains { $0.rule == .quietHours })
    // England & Wales keeps its bank holidays for business days, not as quiet days.
    let christmas = ProcessGuard.check(
      call, state: state, profile: builtInProfile("gb-ewl"), now: noon("2026-12-25"))
    #expect(!christmas.contains { $0.rule == .quietHours })
  }
}
