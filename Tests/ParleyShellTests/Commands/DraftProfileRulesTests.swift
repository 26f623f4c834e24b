import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("draft: the letter before claim follows the case's jurisdiction profile")
struct DraftProfileRulesTests {
  @Test func aUserProfileOverridingReplyDaysChangesTheReplyByDate() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = try shell.oneShot(["draft", "letter-before-claim"])
    #expect(before.status == .success, "\(before.stderr)")
    // Today is Sunday 29 November 2026; the built-in profile gives a business 14 days,
    // which end on a Sunday: the reply is due the next business day.
    #expect(before.stdout.contains("Monday 14 December 2026"))

    let builtIn = Data(try #require(BuiltInProfiles.text(id: "gb-ewl")).utf8)
    var json = try #require(try JSONSerialization.jsonObject(with: builtIn) as? [String: Any])
    json["letterBeforeClaim"] = [
      "business": [
        "regime": "Practice Direction – Pre-Action Conduct and Protocols", "replyDays": 21,
      ]
    ]
    try FileManager.default.createDirectory(
      at: shell.userProfiles, withIntermediateDirectories: true)
    try JSONSerialization.data(withJSONObject: json).write(
      to: shell.userProfiles.appendingPathComponent("gb-ewl.json"))
    let after = try shell.oneShot(["draft", "letter-before-claim"])
    #expect(after.status == .success, "\(after.stderr)")
    #expect(after.stdout.contains("Monday 21 December 2026"), "\(after.stdout)")
    #expect(!after.stdout.contains("Monday 14 December 2026"))
  }
}
