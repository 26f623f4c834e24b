import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("prep: one screen before a call, nothing recorded")
struct PrepCommandTests {
  @Test func theSheetHasEverySectionAndRecordsNothing() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    _ = try shell.oneShot([
      "cashflow", "--can-pay", "£300 a month", "--from", "2027-01-01", "--walk-away", "£900",
    ])
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["prep"])
    #expect(run.status == .success, "\(run.stderr)")
    for heading in [
      "Preparing to talk to Acme Ltd", "What they said", "Both sides",
      "Options to offer, best first",
      "Your walk-away point (private: never say it)", "Points you can rely on", "Leave with",
      "What not to say",
    ] {
      #expect(run.stdout.contains(heading), "\(heading)")
    }
    #expect(run.stdout.contains("the least you would accept now: £900.00"))
    #expect(run.stdout.contains("They owe £1,200.50, 59 days overdue."))
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func plainWordsAboutACallToComeLeadToPrep() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["ask", "I need to call them tomorrow", "--dry-run"])
    #expect(run.stdout.hasPrefix("prep"), "\(run.stdout)")
  }
}
