import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("plan: due days skip the case profile's bank holidays")
struct PlanHolidayTests {
  func dues(_ shell: ShellHarness) throws -> [String] {
    let plan = try #require(
      try CaseBook(environment: shell.environment).load("acme-ltd").activePlan)
    return plan.schedule.installments.map(\.due.iso)
  }

  @Test func aMonthlyDueDayOnABankHolidayMovesToTheNextBusinessDay() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    // 28 Dec 2026 is the Boxing Day substitute bank holiday in England & Wales.
    let run = try shell.oneShot([
      "plan", "custom", "--equal", "2", "--every", "month", "--first", "2026-12-28", "--agree",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      try dues(shell) == [
        "2026-12-29", "2027-01-28",
      ])
  }

  @Test func aUserProfileWithoutHolidaysCountsWeekendsOnly() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let builtIn = Data(try #require(BuiltInProfiles.text(id: "gb-ewl")).utf8)
    var json = try #require(try JSONSerialization.jsonObject(with: builtIn) as? [String: Any])
    json["bankHolidays"] = nil
    var sources = try #require(json["sources"] as? [String: Any])
    sources["bankHolidays"] = nil
    json["sources"] = sources
    try FileManager.default.createDirectory(
      at: shell.userProfiles, withIntermediateDirectories: true)
    try JSONSerialization.data(withJSONObject: json).write(
      to: shell.userProfiles.appendingPathComponent("gb-ewl.json"))
    let run = try shell.oneShot([
      "plan", "custom", "--equal", "2", "--every", "month", "--first", "2026-12-28", "--agree",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      try dues(shell) == [
        "2026-12-28", "2027-01-28",
      ])
  }
}
