import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("walk: the whole conversation, each answer recorded as given")
struct WalkCommandTests {
  @Test func walkingAnOpenCaseBackfillsHistoryAndEndsWithTheNextStep() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      [
        "open acme-ltd", "walk", "email 2 Nov", "nonsense", "", "?", "", "", "", "", "", "", "", "",
        "quit",
      ])
    #expect(run.stdout.contains("2. What has happened so far"), "\(run.stdout)")
    #expect(run.stdout.contains("Recorded entry 3: email to client on 2 Nov 2026"), "\(run.stdout)")
    #expect(run.stderr.contains("say how and when"))
    #expect(run.stdout.contains("6. What to do next"))
  }

  @Test func backTakesTheLastHistoryEntryOutByVoidingIt() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      [
        "open acme-ltd", "walk", "email 2 Nov", "back", "back", "", "?", "", "", "", "", "", "", "",
        "", "quit",
      ])
    #expect(
      run.stdout.contains("Recorded entry 4: voided entry 3: taken back while walking"),
      "\(run.stdout)")
    #expect(run.stderr.contains("nothing added in this walk to take out"))
  }

  @Test func aWalkLeftAtAQuestionPicksUpThereNextTime() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    // The input ends at the third cash-flow question: the two answers before it are kept.
    let first = try shell.session(["open acme-ltd", "walk", "", "£1,500", "31 Dec"])
    #expect(first.stdout.contains("Noted (entry 4)."), "\(first.stdout)")
    #expect(
      first.stderr.contains("walk paused; the answers so far are recorded"), "\(first.stderr)")
    let second = try shell.session(["open acme-ltd", "walk", "", "quit"])
    #expect(second.stdout.contains("Picking up where the last walk stopped."), "\(second.stdout)")
    #expect(!second.stdout.contains("2. What has happened so far"))
    // Enter answers the next question, how long you can wait, as not known.
    #expect(second.stdout.contains("Noted (entry 5)."))
    let shown = try shell.oneShot(["cashflow", "--show", "--case", "acme-ltd"])
    #expect(shown.stdout.contains("You need"), "\(shown.stdout)")
    #expect(shown.stdout.contains("£1,500.00") && shown.stdout.contains("31 Dec 2026"))
  }
}
