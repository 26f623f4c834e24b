import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("Repl: the shell loop")
struct ReplTests {
  @Test func guidedNewAsksOneQuestionAtATimeAndBackRevisesTheLastAnswer() throws {
    let shell = try ShellHarness()
    let run = try shell.session([
      "new", "Acme", "back", "Acme Ltd", "business", "", "", "", "INV-1", "500", "2026-09-01",
      "", "no", "yes", "show",
    ])
    #expect(run.status == .success)
    #expect(shell.caseFiles == ["acme-ltd.jsonl"])
    #expect(run.stdout.contains("Saved case acme-ltd."))
    #expect(run.stdout.contains("Acme Ltd (acme-ltd) — business"))
    #expect(run.reader.prompts.first == "parley> ")
    #expect(run.reader.prompts.contains { $0.hasPrefix("Client's name") && $0.contains("[Acme]") })
    #expect(run.reader.prompts.last == "parley acme-ltd> ")
  }

  @Test func ctrlCDuringNewAbandonsItAndWritesNothing() throws {
    let shell = try ShellHarness()
    let run = try shell.session([
      .line("new"), .line("Acme Ltd"), .line("business"), .interrupted, .line("cases"),
    ])
    #expect(run.status == .success)
    #expect(shell.caseFiles.isEmpty)
    #expect(run.stderr.contains("cancelled; nothing was saved"))
    #expect(run.stdout.contains("No cases yet."))
  }

  @Test func aBadAnswerIsExplainedAndAskedAgainAtATerminal() throws {
    let shell = try ShellHarness()
    let run = try shell.session([
      "new", "Acme", "maybe", "business", "", "", "", "INV-1", "12.345", "12.34", "2026-09-01", "",
      "no", "yes",
    ])
    #expect(run.stderr.contains("answer business, sole trader or individual"))
    #expect(run.stderr.contains("GBP has 2 decimal places"))
    #expect(shell.caseFiles == ["acme.jsonl"])
  }

  @Test func aScriptStopsAtTheFirstErrorNamingItsLine() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      ["open acme", "# a comment", "", "paid 12.345", "note never reached"], interactive: false)
    #expect(run.status == .failure)
    #expect(run.stderr.hasPrefix("stdin:4: GBP has 2 decimal places"))
    let journal = String(decoding: shell.journal("acme-ltd"), as: UTF8.self)
    #expect(!journal.contains("never reached"))
    #expect(run.reader.prompts.filter { !$0.isEmpty }.isEmpty)
  }

  @Test func aScriptQuestionWithNoAnswerIsAnErrorNotAHang() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["new", "Acme"], interactive: false)
    #expect(run.status == .cancelled)
    #expect(
      run.stderr
        == "stdin:1: no answer to 'Is the client a business, a sole trader or an individual?': the input ended; "
        + "nothing was saved\n")
    #expect(shell.caseFiles.isEmpty)
  }

  @Test func undoVoidsOnlyThisSessionsEntriesNewestFirst() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session([
      "open acme", "note first", "paid 100 --on 2026-11-20", "undo", "undo", "undo", "undo",
    ])
    #expect(run.stdout.contains("Voided entry 4 (payment of £100.00 on 20 Nov 2026)."))
    #expect(run.stdout.contains("Voided entry 3 (note: first)."))
    #expect(run.stderr.contains("nothing to undo in this session"))
    let state = try CaseBook(environment: shell.environment).load("acme-ltd")
    #expect(state.voided.map(\.target.seq).sorted() == [3, 4])
    #expect(state.voided.allSatisfy { $0.reason == "undone in the session" })
  }

  @Test func unknownCommandsSuggestTheClosestAndTheSessionGoesOn() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["cass", "cases"])
    #expect(run.stderr.contains("error: Unknown command 'cass'. Did you mean 'cases'?"))
    #expect(run.stdout.contains("No cases yet. Start one with 'new'."))
  }

  @Test func quitEndsTheSessionAndCommandsAfterItAreNotRun() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["quit", "new"])
    #expect(run.status == .success)
    #expect(run.reader.remaining.count == 1)
  }

  @Test func commandsGoToHistoryButAnswersDoNot() throws {
    let shell = try ShellHarness()
    let run = try shell.session([
      "new", "Acme Ltd", "", "", "", "", "INV-1", "500", "2026-09-01", "", "no", "yes", "cases",
    ])
    #expect(run.reader.remembered == ["new", "cases"])
  }

  @Test func datesAtTheEndOfTheRangeNeverStopTheProgram() throws {
    let shell = try ShellHarness()
    let run = try shell.session(
      [
        "new --client A --invoice 1 --amount 5 --issued 2026-09-01 --due 2200-12-31",
        "open a", "promise --by 2200-12-31", "next", "plan", "cases", "show", "interest",
        "draft friendly-reminder --print", "plan custom --equal 2 --first 2200-12-30 --agree",
      ], interactive: false)
    #expect(run.stdout.contains("not due until 31 Dec 2200"), "\(run.stdout)\n\(run.stderr)")
    #expect(run.stdout.contains("Recorded entry"), "\(run.stderr)")
  }

  @Test func aDateOutsideTheRangeIsRefusedAndNothingIsSaved() throws {
    let shell = try ShellHarness()
    let run = try shell.session(
      ["new --client A --invoice 1 --amount 5 --issued 2026-09-01 --due 9999-12-31", "cases"],
      interactive: false)
    #expect(
      run.stderr.contains("'9999-12-31' is too far away; parley takes dates from 1900 to 2200"))
    #expect(!run.stdout.contains("A "), "\(run.stdout)")
  }
}

@Suite("The welcome: what needs attention today, then 'What would you like to do?'")
struct WelcomeTests {
  @Test func theWelcomeListsWhatNeedsAttention() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(["quit"])
    #expect(
      run.stdout.contains(
        "Today:\n  acme-ltd: £1,200.50 is 59 days overdue; you can be in touch today"))
    #expect(run.stdout.contains("What would you like to do?"))
    let script = try shell.session(["quit"], interactive: false)
    #expect(!script.stdout.contains("What would you like to do?"))
  }

  @Test func anEmptyWorkspaceSaysHowToStart() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["quit"])
    #expect(run.stdout.contains("No cases yet. Type 'new' to start one"))
  }
}
