import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("log: questions that never surprise, and recording is not chasing")
struct LogCommandTests {
  @Test func aBadDayIsAskedAgainAndTheNextLinesAreNotRunAsCommands() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session([
      "open acme-ltd", "log", "phone", "out", "next tuesday", "the 31st of never", "yesterday",
      "they promised to pay on Friday", "show", "quit",
    ])
    #expect(run.stderr.contains("try again (Ctrl-C to stop)"), "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "Recorded entry 3: phone to client on 28 Nov 2026: they promised to pay on Friday."),
      "\(run.stdout)")
    #expect(!run.stderr.contains("Unknown command"))
  }

  @Test func loggingACallThatHappenedNeverNeedsAnOverride() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    // An email today, then the call later the same day: a record, not a second chase.
    _ = try shell.oneShot([
      "log", "--channel", "email", "--out", "--summary", "reminder", "--override", "x",
    ])
    let call = try shell.oneShot([
      "log", "--channel", "phone", "--out", "--summary",
      "they promised Friday and disputed the hours",
    ])
    #expect(call.status == .success, "\(call.stderr)")
    #expect(!call.stderr.contains("Warning ["))
    let email = try shell.oneShot(["log", "--channel", "email", "--out", "--summary", "again"])
    #expect(email.status == .cancelled, "a second email the same day is still a chase")
  }
}
