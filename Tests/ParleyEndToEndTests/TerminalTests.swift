import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keys as a terminal sends them.
enum Key {
  static let enter = "\r"
  static let tab = "\t"
  static let up = "\u{1b}[A"
  static let controlC = "\u{3}"
  static let controlD = "\u{4}"
}

@Suite("The shell on a terminal (libedit)")
struct TerminalTests {
  static let prompt = "parley> "
  static let acmePrompt = "parley acme-ltd> "

  /// What the terminal shows and what parley wrote, for a failure's message.
  private func transcript(_ terminal: PseudoTerminal) -> String {
    """
    --- screen ---
    \(terminal.screenLines.joined(separator: "\n"))
    --- bytes ---
    \(terminal.output.debugDescription)
    """
  }

  /// Waits for `prompt` and for libedit to be reading keys, failing with the transcript.
  private func expectPrompt(
    _ terminal: PseudoTerminal, _ prompt: String = prompt,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try #require(
      terminal.waitForEditor(prompt: prompt, timeout: 15),
      "no prompt '\(prompt)' (raw mode: \(terminal.isRaw))\n\(transcript(terminal))",
      sourceLocation: sourceLocation)
  }

  /// Waits for `text`, failing with the transcript.
  private func expectOutput(
    _ terminal: PseudoTerminal, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try #require(
      terminal.waitFor(text, timeout: 15),
      "never printed '\(text)'\n\(transcript(terminal))",
      sourceLocation: sourceLocation)
  }

  /// Waits until the cursor's line on screen reads `expected`, failing with the screen.
  private func expectScreenLine(
    _ terminal: PseudoTerminal, _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try #require(
      terminal.waitUntil(timeout: 15) { $0.currentScreenLine == expected },
      "not on screen: '\(expected)'\n\(transcript(terminal))",
      sourceLocation: sourceLocation)
  }

  /// Types Ctrl-C once parley waits for a key (see ``PseudoTerminal/waitUntilReadingInput(timeout:)``:
  /// a Ctrl-C in the instant after an echo can be lost, a known race tested separately).
  private func interrupt(
    _ terminal: PseudoTerminal, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try #require(
      terminal.waitUntilReadingInput(timeout: 15), "parley never waited for a key",
      sourceLocation: sourceLocation)
    terminal.send(Key.controlC)
  }

  /// Ctrl-D on an empty line, which must end the shell with status 0.
  private func leave(
    _ terminal: PseudoTerminal, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    terminal.send(Key.controlD)
    let status = terminal.waitForExit(timeout: 15)
    #expect(status == 0, "\(transcript(terminal))", sourceLocation: sourceLocation)
  }

  @Test("the banner and prompt appear; `help` lists the commands; Ctrl-D leaves with 0")
  func bannerHelpAndLeave() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectOutput(terminal, "parley 0.1.0: calm help with an unpaid invoice. Not legal advice.")
    try expectOutput(terminal, "0 cases in ")
    try expectPrompt(terminal)
    terminal.send("help" + Key.enter)
    try expectOutput(terminal, "Commands")
    try expectOutput(terminal, "verify         Check that no entry was edited or deleted")
    try expectOutput(terminal, "quit           Leave the shell (Ctrl-D also works)")
    try expectPrompt(terminal)
    leave(terminal)
    #expect(!terminal.visibleOutput.contains("error"))
  }

  @Test("Ctrl-D on an empty line leaves cleanly with status 0, writing nothing")
  func controlDLeaves() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    leave(terminal)
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("`quit` leaves with status 0")
  func quitLeaves() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("quit" + Key.enter)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.visibleOutput)")
  }

  @Test("Up recalls the previous line, and Enter runs it again")
  func historyRecall() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("cases" + Key.enter)
    try expectOutput(terminal, "acme-ltd  Acme Ltd")
    try expectPrompt(terminal)
    terminal.send(Key.up)
    try expectScreenLine(terminal, "parley> cases")
    terminal.send(Key.enter)
    try expectOutput(terminal, "acme-ltd  Acme Ltd")  // the recalled line ran
    try expectPrompt(terminal)
    leave(terminal)
  }

  @Test("Tab completes a command: `case` becomes `cases `")
  func tabCompletesCommand() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("case" + Key.tab)
    try expectScreenLine(terminal, "parley> cases ")
    terminal.send(Key.enter)
    try expectOutput(terminal, "No cases yet. Start one with 'new'.")
    try expectPrompt(terminal)
    leave(terminal)
  }

  @Test("Tab completes a case id after `open`, and the prompt then names the case")
  func tabCompletesCaseID() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("open ac" + Key.tab)
    try expectScreenLine(terminal, "parley> open acme-ltd ")
    terminal.send(Key.enter)
    try expectOutput(terminal, "Opened acme-ltd: Acme Ltd, £1,200.50 outstanding, 59 days overdue.")
    try expectPrompt(terminal, Self.acmePrompt)
    leave(terminal)
  }

  @Test("Ctrl-C mid-line discards the line and prompts again on a fresh line")
  func controlCDiscardsTheLine() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("open acme" + Key.enter)
    try expectPrompt(terminal, Self.acmePrompt)
    terminal.send("note discarded words")
    try expectOutput(terminal, "note discarded words")
    try interrupt(terminal)
    try expectPrompt(terminal, Self.acmePrompt)
    // The abandoned line stays on screen as typed; the new prompt is on a fresh, empty line.
    let screen = terminal.screenLines
    #expect(screen.last == Self.acmePrompt, "\(transcript(terminal))")
    #expect(
      screen.dropLast().last == Self.acmePrompt + "note discarded words", "\(transcript(terminal))")
    terminal.send("note kept words" + Key.enter)
    try expectOutput(terminal, "Recorded entry 4: note.")
    try expectPrompt(terminal, Self.acmePrompt)
    leave(terminal)

    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes == ["kept words"])
  }

  @Test("Ctrl-C is never lost, even when pressed the instant a key is echoed")
  func controlCRightAfterAnEcho() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("open acme" + Key.enter)
    try expectPrompt(terminal, Self.acmePrompt)
    var lost: [Int] = []
    for attempt in 1...20 {
      terminal.send("note typed \(attempt)")
      try expectOutput(terminal, "note typed \(attempt)")
      terminal.send(Key.controlC)
      if !terminal.waitForEditor(prompt: Self.acmePrompt, timeout: 2) {
        lost.append(attempt)
        try interrupt(terminal)  // again, now that parley surely waits for a key
        try expectPrompt(terminal, Self.acmePrompt)
      }
    }
    #expect(lost.isEmpty, "Ctrl-C lost on attempts \(lost) of 20")
    leave(terminal)
    #expect(try sandbox.entries(ofType: "note").isEmpty)
  }

  @Test("Ctrl-C during a `new` question abandons it: no case is written, the shell goes on")
  func controlCAbandonsNew() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("new" + Key.enter)
    try expectOutput(terminal, "Client's name")
    try expectPrompt(terminal, ": ")
    terminal.send("Beta LLP" + Key.enter)
    try expectOutput(terminal, "Is the client a business, a sole trader or an individual?")
    try expectPrompt(terminal, "[business]: ")
    try interrupt(terminal)
    try expectOutput(terminal, "cancelled; nothing was saved")
    try expectPrompt(terminal)
    terminal.send("cases" + Key.enter)
    try expectOutput(terminal, "No cases yet.")
    try expectPrompt(terminal)
    leave(terminal)
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("`new` on a terminal: `back` revises the previous answer, Enter takes the default")
  func guidedNewWithBack() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("new" + Key.enter)
    try expectPrompt(terminal, "Client's name (as on the invoice, e.g. Acme Ltd): ")
    terminal.send("Acme Ltd" + Key.enter)
    try expectPrompt(terminal, "[business]: ")
    terminal.send("back" + Key.enter)
    try expectPrompt(terminal, "Client's name (as on the invoice, e.g. Acme Ltd) [Acme Ltd]: ")
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
      try expectPrompt(terminal, question)
      terminal.send(answer + Key.enter)
    }
    try expectOutput(terminal, "Client:       Acme Limited (business)")
    try expectOutput(terminal, "Invoice INV-042: £1,200.50, issued 1 Sep 2026, due 1 Oct 2026")
    try expectPrompt(terminal, "Save this case? (yes / no) [yes]: ")
    terminal.send(Key.enter)
    try expectOutput(terminal, "Saved case acme-limited.")
    try expectPrompt(terminal, "parley acme-limited> ")
    leave(terminal)

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
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("open acme" + Key.enter)
    try expectPrompt(terminal, Self.acmePrompt)
    terminal.send("note café £5 — Zoë" + Key.enter)
    try expectOutput(terminal, "Recorded entry 4: note.")
    try expectPrompt(terminal, Self.acmePrompt)
    leave(terminal)
    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes == ["café £5 — Zoë"])
  }

  @Test("the history file is private (0600) and holds no duplicates")
  func historyFile() throws {
    let sandbox = try ParleySandbox()
    let path = try #require(sandbox.historyPath)
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    for line in ["cases", "cases", "help exit-codes", "cases", "cases"] {
      terminal.send(line + Key.enter)
      try expectPrompt(terminal)
    }
    leave(terminal)

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
    try expectPrompt(again)
    again.send(Key.up)
    try expectScreenLine(again, "parley> cases")
    again.send(Key.enter)
    try expectOutput(again, "No cases yet.")
    try expectPrompt(again)
    leave(again)
  }

  @Test("PARLEY_HISTORY=\"\" keeps no history file anywhere")
  func historyOff() throws {
    let sandbox = try ParleySandbox(keepsHistory: false)
    let terminal = try sandbox.terminal()
    try expectPrompt(terminal)
    terminal.send("cases" + Key.enter)
    try expectPrompt(terminal)
    leave(terminal)
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
    try expectPrompt(plain)
    plain.send("cass" + Key.enter)
    try expectOutput(plain, "Unknown command 'cass'. Did you mean 'cases'?")
    try expectPrompt(plain)
    leave(plain)
    #expect(!hasColour(plain.output), "NO_COLOR=1 but: \(plain.output.debugDescription)")

    let coloured = try sandbox.terminal(color: true)
    try expectPrompt(coloured)
    coloured.send("cass" + Key.enter)
    try expectOutput(coloured, "Unknown command 'cass'. Did you mean 'cases'?")
    try expectPrompt(coloured)
    leave(coloured)
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
