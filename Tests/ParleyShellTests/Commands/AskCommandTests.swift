import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("ask and plain words at the prompt: read, shown, run only on a yes")
struct AskCommandTests {
  @Test func plainWordsFillInTheAmountAndDayAndRunOnlyOnYes() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let declined = try shell.session(["open acme-ltd", "they paid £500 this morning", "no", "quit"])
    #expect(declined.stdout.contains("Not run; nothing was recorded."))
    #expect(shell.journal("acme-ltd") == before)
    // Enter alone takes the default shown, yes.
    let run = try shell.session(["open acme-ltd", "they paid £500 this morning", "", "quit"])
    #expect(
      run.reader.prompts.contains {
        $0.contains("That reads as 'paid £500.00 --on 2026-11-29'")
      }, "\(run.reader.prompts)")
    #expect(run.stdout.contains("Recorded entry 3: payment of £500.00 on 29 Nov 2026"))
  }

  @Test func aTypoOfACommandOrAStrayValueIsNotPlainWords() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["shwo", "2026-10-01", "quit"])
    #expect(run.stderr.contains("Unknown command 'shwo'. Did you mean 'show'?"))
    #expect(run.stderr.contains("Unknown command '2026-10-01'"))
    #expect(!run.stdout.contains("That reads as"))
  }

  @Test func dryRunPrintsTheCommandAsJSONWithoutRunningIt() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["ask", "they paid £500 this morning", "--dry-run", "--json"])
    #expect(run.status == .success, "\(run.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["command"] as? String == "paid")
    #expect(object["arguments"] as? [String] == ["£500.00", "--on", "2026-11-29"])
    #expect((object["confidence"] as? Double ?? 0) > 0.45)
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func offATerminalAskNeverRunsAndSaysWhatItWouldRun() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["ask", "they paid £500 this morning"])
    #expect(run.status == .cancelled)
    #expect(run.stderr.contains("that reads as 'parley paid £500.00 --on 2026-11-29'"))
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test(
    "the issue's examples read as their commands",
    arguments: [
      ("they say they can't pay until March", "cashflow"),
      ("how much interest can I charge?", "interest"),
      ("is this email OK to send?", "check"),
      ("help me reply to this", "reply"),
      ("they paid £500 this morning", "paid"),
    ])
  func examples(text: String, command: String) throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["ask", text, "--dry-run"])
    #expect(run.stdout.hasPrefix(command), "\(text): \(run.stdout)")
  }
}

@Suite("plain words: the case named in the words")
struct PlainWordsCaseTests {
  @Test func aClientNamedInTheWordsChoosesTheirCase() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    _ = try shell.oneShot([
      "new", "--client", "Dana Lopez", "--kind", "individual", "--invoice", "D-1", "--amount",
      "£800", "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    let run = try shell.session(["open acme-ltd", "Dana paid £200 this morning", "", "quit"])
    #expect(
      run.reader.prompts.contains {
        $0.contains("'paid £200.00 --on 2026-11-29 --case dana-lopez'")
      }, "\(run.reader.prompts)")
    #expect(run.stdout.contains("Recorded entry 3: payment of £200.00 on 29 Nov 2026"))
  }
}

@Suite("plain words: going to court shows the ladder and the guard's warnings")
struct PlainWordsCourtTests {
  @Test func wantingCourtShowsTheNextStepAndWhatTheGuardSaysAboutAClaim() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.session(["open acme-ltd", "I want to take them to court", "", "quit"])
    #expect(run.stdout.contains("Before filing a claim, the guard would say:"), "\(run.stdout)")
    #expect(run.stderr.contains("Warning [skip-mediation]"), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }
}
