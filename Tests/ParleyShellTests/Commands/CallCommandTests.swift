import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("call: the companion at a terminal")
struct CallCommandTests {
  @Test func aCallRecordsNotesAsTypedAndThePromiseAtTheEnd() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session([
      "open acme-ltd", "call", "", "they say the cheque is in the post", "end", "promise", "£500",
      "Friday 4 December 2026", "no", "quit",
    ])
    #expect(run.stdout.contains("2/6 Listen:"), "\(run.stdout)")
    #expect(run.stdout.contains("noted (entry 3)"))
    #expect(run.stdout.contains("Say: \"Thank you. When was it sent"))
    #expect(run.stdout.contains("Recorded entry 4: phone to client on 29 Nov 2026"))
    #expect(
      run.reader.prompts.contains {
        $0.contains("Write the confirmation email now? (yes / no) [yes]")
      })
    #expect(run.stdout.contains("draft call-confirmation --amount £500.00 --date 2026-12-04"))
  }

  @Test func offATerminalCallSaysToLogTheCallInstead() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["call"])
    #expect(run.status == .usage)
    #expect(run.stderr.contains("use 'log --channel phone'"))
  }
}

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
    #expect(run.stdout.contains("Entry 3 taken back (entry 4 records it)."), "\(run.stdout)")
    #expect(run.stderr.contains("nothing added in this walk to take out"))
  }
}

@Suite("walk --sample: a made-up case in a throwaway workspace")
struct WalkSampleTests {
  @Test func theSampleIsWalkedAndNothingIsKept() throws {
    let shell = try ShellHarness()
    let welcome = try shell.session(["quit"])
    #expect(welcome.stdout.contains("'walk --sample' talks through a made-up case"))
    let run = try shell.session(
      ["walk --sample", "", "", "", "", "", "", "", "", "", "", "", "", "quit"])
    #expect(
      run.stdout.contains("Sample Studio Ltd owes £1,800.00, 30 days overdue."), "\(run.stdout)")
    #expect(run.stdout.contains("That was the sample; it has been thrown away."))
    #expect(shell.caseFiles.isEmpty)
  }
}
