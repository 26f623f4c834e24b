import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("The shell on a terminal (libedit)")
struct TerminalTests {

  @Test("the banner and prompt appear; `help` lists the commands; Ctrl-D leaves with 0")
  func bannerHelpAndLeave() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectOutput("parley 0.1.0: calm help with an unpaid invoice. Not legal advice.")
    try terminal.expectOutput("0 cases in ")
    try terminal.expectPrompt()
    terminal.send("help" + Key.enter)
    try terminal.expectOutput("Commands")
    try terminal.expectOutput("verify         Check that no entry was edited or deleted")
    try terminal.expectOutput("quit           Leave the shell (Ctrl-D also works)")
    try terminal.expectPrompt()
    terminal.leave()
    #expect(!terminal.visibleOutput.contains("error"))
  }

  @Test("Ctrl-D on an empty line leaves cleanly with status 0, writing nothing")
  func controlDLeaves() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.leave()
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("`quit` leaves with status 0")
  func quitLeaves() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("quit" + Key.enter)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.visibleOutput)")
  }

  @Test("Up recalls the previous line, and Enter runs it again")
  func historyRecall() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("cases" + Key.enter)
    try terminal.expectOutput("acme-ltd  Acme Ltd")
    try terminal.expectPrompt()
    terminal.send(Key.up)
    try terminal.expectScreenLine("parley> cases")
    terminal.send(Key.enter)
    try terminal.expectOutput("acme-ltd  Acme Ltd")  // the recalled line ran
    try terminal.expectPrompt()
    terminal.leave()
  }

  @Test("Tab completes a command: `case` becomes `cases `")
  func tabCompletesCommand() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("case" + Key.tab)
    try terminal.expectScreenLine("parley> cases ")
    terminal.send(Key.enter)
    try terminal.expectOutput("No cases yet. Start one with 'new'.")
    try terminal.expectPrompt()
    terminal.leave()
  }

  @Test("Tab completes a case id after `open`, and the prompt then names the case")
  func tabCompletesCaseID() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("open ac" + Key.tab)
    try terminal.expectScreenLine("parley> open acme-ltd ")
    terminal.send(Key.enter)
    try terminal.expectOutput("Opened acme-ltd: Acme Ltd, £1,200.50 outstanding, 59 days overdue.")
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    terminal.leave()
  }

  @Test("Ctrl-C mid-line discards the line and prompts again on a fresh line")
  func controlCDiscardsTheLine() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.shellWithAcmeOpen()
    terminal.send("note discarded words")
    try terminal.expectOutput("note discarded words")
    try terminal.interrupt()
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    // The abandoned line stays on screen as typed; the new prompt is on a fresh, empty line.
    let screen = terminal.screenLines
    #expect(screen.last == PseudoTerminal.acmePrompt, "\(terminal.failureTranscript)")
    #expect(
      screen.dropLast().last == PseudoTerminal.acmePrompt + "note discarded words",
      "\(terminal.failureTranscript)")
    terminal.send("note kept words" + Key.enter)
    try terminal.expectOutput("Recorded entry 4: note.")
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    terminal.leave()

    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes == ["kept words"])
  }

  @Test("Ctrl-C is never lost, even when pressed the instant a key is echoed")
  func controlCRightAfterAnEcho() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.shellWithAcmeOpen()
    var lost: [Int] = []
    for attempt in 1...20 {
      terminal.send("note typed \(attempt)")
      try terminal.expectOutput("note typed \(attempt)")
      terminal.send(Key.controlC)
      if !terminal.waitForEditor(prompt: PseudoTerminal.acmePrompt, timeout: 2) {
        lost.append(attempt)
        try terminal.interrupt()  // again, now that parley surely waits for a key
        try terminal.expectPrompt(PseudoTerminal.acmePrompt)
      }
    }
    #expect(lost.isEmpty, "Ctrl-C lost on attempts \(lost) of 20")
    terminal.leave()
    #expect(try sandbox.entries(ofType: "note").isEmpty)
  }

  @Test("Ctrl-C during a `new` question abandons it: no case is written, the shell goes on")
  func controlCAbandonsNew() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("new" + Key.enter)
    try terminal.expectOutput("Client's name")
    try terminal.expectPrompt(": ")
    terminal.send("Beta LLP" + Key.enter)
    try terminal.expectOutput("Is the client a business, a sole trader or an individual?")
    try terminal.expectPrompt("[business]: ")
    try terminal.interrupt()
    try terminal.expectOutput("cancelled; nothing was saved")
    try terminal.expectPrompt()
    terminal.send("cases" + Key.enter)
    try terminal.expectOutput("No cases yet.")
    try terminal.expectPrompt()
    terminal.leave()
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("`new` on a terminal: `back` revises the previous answer, Enter takes the default")
  func guidedNewWithBack() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("new" + Key.enter)
    try terminal.expectPrompt("Client's name (as on the invoice, e.g. Acme Ltd): ")
    terminal.send("Acme Ltd" + Key.enter)
    try terminal.expectPrompt("[business]: ")
    terminal.send("back" + Key.enter)
    try terminal.expectPrompt("Client's name (as on the invoice, e.g. Acme Ltd) [Acme Ltd]: ")
    terminal.send("Acme Limited" + Key.enter)
    let answers: [(question: String, answer: String)] = [
      ("[business]: ", ""),
      ("How do you reach them?", "sam@acme.example"),
      ("[gb-ewl]: ", ""),
      ("[GBP]: ", ""),
      ("Invoice number (e.g. INV-042): ", "INV-042"),
      ("Amount unpaid on it", "£1,200.50"),
      ("Issued on", "2026-09-01"),
      ("Due on (a date; Enter for 30 days after issue) [2026-10-01]: ", ""),
      ("Add another unpaid invoice for this client? (yes / no) [no]: ", ""),
    ]
    for (question, answer) in answers {
      try terminal.expectPrompt(question)
      terminal.send(answer + Key.enter)
    }
    try terminal.expectOutput("Client:       Acme Limited (business)")
    try terminal.expectOutput("Invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026")
    try terminal.expectPrompt("Save this case? (yes / no) [yes]: ")
    terminal.send(Key.enter)
    try terminal.expectOutput("Saved case acme-limited.")
    try terminal.expectPrompt("parley acme-limited> ")
    terminal.leave()

    let opened = try #require(try sandbox.entries(ofType: "case.opened", in: "acme-limited").first)
    #expect(opened["client"] as? String == "Acme Limited")
    #expect(opened["contact"] as? String == "sam@acme.example")
    let invoice = try #require(
      try sandbox.entries(ofType: "invoice.added", in: "acme-limited").first)
    #expect(invoice["due"] as? String == "2026-10-01")
  }

  @Test("UTF-8 typed at the prompt reaches the journal intact")
  func utf8Input() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.shellWithAcmeOpen()
    terminal.send("note café £5 — Zoë" + Key.enter)
    try terminal.expectOutput("Recorded entry 4: note.")
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    terminal.leave()
    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes == ["café £5 — Zoë"])
  }

  @Test("the history file is private (0600) and holds no duplicates")
  func historyFile() throws {
    let sandbox = try ParleySandbox()
    let path = try #require(sandbox.historyPath)
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    for line in ["cases", "cases", "help exit-codes", "cases", "cases"] {
      terminal.send(line + Key.enter)
      try terminal.expectPrompt()
    }
    terminal.leave()

    #expect(try permissions(of: path) == 0o600)
    let entries = try historyEntries(at: path)
    #expect(entries.contains("cases"), "\(entries)")
    #expect(entries.contains("help exit-codes"), "\(entries)")
    #expect(Set(entries).count == entries.count, "duplicates: \(entries)")
    for (previous, next) in zip(entries, entries.dropFirst()) {
      #expect(previous != next, "consecutive duplicates: \(entries)")
    }

    // The next shell recalls the last session's last line.
    let again = try sandbox.terminal()
    try again.expectPrompt()
    again.send(Key.up)
    try again.expectScreenLine("parley> cases")
    again.send(Key.enter)
    try again.expectOutput("No cases yet.")
    try again.expectPrompt()
    again.leave()
  }

  @Test("PARLEY_HISTORY=\"\" keeps no history file anywhere")
  func historyOff() throws {
    let sandbox = try ParleySandbox(keepsHistory: false)
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("cases" + Key.enter)
    try terminal.expectPrompt()
    terminal.leave()
    let stray =
      FileManager.default.enumerator(atPath: sandbox.root.path)?
      .compactMap { $0 as? String }
      .filter { $0.localizedCaseInsensitiveContains("history") } ?? []
    #expect(stray.isEmpty, "\(stray)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.path + "/.local/state"))
  }

  @Test("an error on the terminal is shown and the shell goes on; colour only without NO_COLOR")
  func errorsAndColour() throws {
    let sandbox = try ParleySandbox()
    let plain = try sandbox.terminal()
    try plain.expectPrompt()
    plain.send("cass" + Key.enter)
    try plain.expectOutput("Unknown command 'cass'. Did you mean 'cases'?")
    try plain.expectPrompt()
    plain.leave()
    #expect(!hasColour(plain.output), "NO_COLOR=1 but: \(plain.output.debugDescription)")

    let coloured = try sandbox.terminal(color: true)
    try coloured.expectPrompt()
    coloured.send("cass" + Key.enter)
    try coloured.expectOutput("Unknown command 'cass'. Did you mean 'cases'?")
    try coloured.expectPrompt()
    coloured.leave()
    #expect(hasColour(coloured.output), "\(coloured.output.debugDescription)")
  }

  /// Whether `output` sets a colour (SGR 30–37, 90–97) or a text style other than reset.
  private func hasColour(_ output: String) -> Bool {
    output.contains(/\x{1b}\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|1|2)(?:;[0-9;]*)?m/)
  }

  /// The lines of a libedit history file, decoded (its header dropped,
  /// `\040`-style escapes undone).
  private func historyEntries(at path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("_HiStOrY_V2_") }
      .map { line in
        var decoded = line
        for (escape, character) in [("\\040", " "), ("\\011", "\t"), ("\\134", "\\")] {
          decoded = decoded.replacingOccurrences(of: escape, with: character)
        }
        return decoded
      }
  }
}
