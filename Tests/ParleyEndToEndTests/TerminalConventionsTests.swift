import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal as it is: a dumb one, a narrow one, a pager, colour flags,
/// odd characters in names, and lines kept out of the history.
@Suite("Terminal conventions: TERM=dumb, width, pager, colour, escapes, history")
struct TerminalConventionsTests {
  // MARK: - TERM=dumb

  @Test(
    "on a dumb terminal (Emacs M-x shell) the shell stays interactive: a typo, then a command runs",
    arguments: [["TERM": "dumb", "INSIDE_EMACS": "29.1,comint"], ["TERM": "dumb"]])
  func dumbTerminal(environment: [String: String]) throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal(environment: environment)
    try terminal.expectOutput("parley 0.1.0: calm help with an unpaid invoice. Not legal advice.")
    try terminal.expectOutput(PseudoTerminal.shellPrompt)
    terminal.send("cass" + Key.enter)
    try terminal.expectOutput("error: Unknown command 'cass'. Did you mean 'cases'?")
    try terminal.expectOutput(PseudoTerminal.shellPrompt)
    terminal.send("cases" + Key.enter)
    try terminal.expectOutput("No cases yet. Start one with 'new'.")
    try terminal.expectOutput(PseudoTerminal.shellPrompt)
    #expect(!terminal.isRaw, "libedit is not used on a dumb terminal")
    terminal.send(Key.controlD)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    #expect(!terminal.output.contains("\u{1B}["), "no colour: \(terminal.output.debugDescription)")
  }

  // MARK: - Width

  @Test("COLUMNS=40: every line of help is at most 40 display columns")
  func helpFitsColumns() throws {
    let sandbox = try ParleySandbox()
    var topics = [
      ["help"], ["help", "journal"], ["help", "environment"], ["help", "exit-codes"],
    ]
    topics += ["show", "plan", "log", "prep", "export", "new"].map { ["help", $0] }
    for words in topics {
      let result = try sandbox.run(words, environment: ["COLUMNS": "40"])
      #expect(result.status == 0, "\(result)")
      for line in result.stdout.split(separator: "\n") {
        #expect(Self.width(of: line) <= 40, "\(words): \(line.debugDescription)")
      }
    }
    // Without COLUMNS or a terminal, help is 80 columns wide.
    let wide = try sandbox.run(["help", "journal"])
    #expect(wide.stdout.split(separator: "\n").allSatisfy { Self.width(of: $0) <= 80 })
    #expect(wide.stdout.split(separator: "\n").contains { Self.width(of: $0) > 60 })
  }

  @Test("on a terminal 40 columns wide (no COLUMNS), help fits its width")
  func helpFitsTerminal() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal(["help", "journal"], columns: 40)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    let lines = PseudoTerminal.normalizingNewlines(terminal.visibleOutput).split(separator: "\n")
    #expect(lines.count > 5, "\(terminal.failureTranscript)")
    for line in lines { #expect(Self.width(of: line) <= 40, "\(line.debugDescription)") }
  }

  @Test("a table on a narrow terminal wraps cells and leaves out columns, never runs past it")
  func narrowTable() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed(
      "new", "--client", "株式会社アクメ Holdings International", "--invoice", "7", "--amount",
      "£300", "--issued", "2026-08-01", "--due", "2026-09-01")
    let terminal = try sandbox.terminal(["cases"], columns: 44)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    let text = PseudoTerminal.normalizingNewlines(terminal.visibleOutput)
    for line in text.split(separator: "\n") {
      #expect(Self.width(of: line) <= 44, "\(line.debugDescription)\n\(text)")
    }
    #expect(text.contains("Not shown at this width: LAST CONTACT"), "\(text)")
    #expect(text.contains("\nzhu-shi-"), "a long case id breaks after a dash: \(text)")
    #expect(text.contains("£1,200.50") && text.contains("£300.00"), "\(text)")
    // Piped, with no width known, every column is there, one line a row.
    let piped = try sandbox.run("cases")
    #expect(piped.stdout.split(separator: "\n").count == 3, "\(piped)")
    #expect(piped.stdout.contains("LAST CONTACT"))
  }

  // MARK: - Pager

  /// A pager that notes each call in `pager-calls` and shows what it got.
  private static func recordingPager(in sandbox: ParleySandbox) throws -> (
    command: String, calls: () -> Int
  ) {
    let script = sandbox.root.appendingPathComponent("pager.sh")
    let log = sandbox.root.appendingPathComponent("pager-calls")
    try "#!/bin/sh\necho called >> '\(log.path)'\ncat\n".write(
      to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)
    let calls = {
      ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count
    }
    return (script.path, calls)
  }

  @Test("one-shot on a terminal: long output goes through $PAGER, short output does not")
  func pagerOneShot() throws {
    let sandbox = try ParleySandbox()
    let pager = try Self.recordingPager(in: sandbox)
    let long = try sandbox.terminal(["help"], environment: ["PAGER": pager.command])
    #expect(long.waitForExit(timeout: 15) == 0, "\(long.failureTranscript)")
    #expect(pager.calls() == 1)
    #expect(long.visibleOutput.contains("Every command also runs from your shell"))
    let short = try sandbox.terminal(["help", "exit-codes"], environment: ["PAGER": pager.command])
    #expect(short.waitForExit(timeout: 15) == 0, "\(short.failureTranscript)")
    #expect(pager.calls() == 1, "a screenful is printed directly")
    // PARLEY_PAGER comes before PAGER.
    let named = try sandbox.terminal(
      ["help"], environment: ["PARLEY_PAGER": pager.command, "PAGER": "/nonexistent/pager"])
    #expect(named.waitForExit(timeout: 15) == 0, "\(named.failureTranscript)")
    #expect(pager.calls() == 2)
  }

  @Test(
    "no pager with --no-pager (before or after the command) or an empty PARLEY_PAGER or PAGER",
    arguments: [
      (["--no-pager", "help"], [:]), (["help", "--no-pager"], [:]),
      (["help"], ["PARLEY_PAGER": ""]), (["help"], ["PAGER": "", "PARLEY_PAGER": ""]),
    ] as [([String], [String: String])])
  func noPager(arguments: [String], environment: [String: String]) throws {
    let sandbox = try ParleySandbox()
    let pager = try Self.recordingPager(in: sandbox)
    let terminal = try sandbox.terminal(
      arguments, environment: ["PAGER": pager.command].merging(environment) { _, new in new })
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    #expect(terminal.visibleOutput.contains("Every command also runs from your shell"))
    #expect(pager.calls() == 0)
  }

  @Test("never in a script or into a pipe, even with stdout on a terminal")
  func noPagerInScripts() throws {
    let sandbox = try ParleySandbox()
    let pager = try Self.recordingPager(in: sandbox)
    let piped = try sandbox.run(["help"], environment: ["PAGER": pager.command])
    #expect(piped.status == 0)
    let script = try sandbox.script(["help", "help plan"], environment: ["PAGER": pager.command])
    #expect(script.status == 0)
    // A script on stdin, its output on a terminal.
    var environment = sandbox.environment(terminal: true)
    environment["PAGER"] = pager.command
    let terminal = try PseudoTerminal(
      executable: "/bin/sh",
      arguments: ["-c", "printf 'help\\nhelp plan\\n' | exec '\(sandbox.executable)'"],
      environment: environment)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    #expect(terminal.visibleOutput.contains("Every command also runs from your shell"))
    #expect(pager.calls() == 0)
  }

  @Test("in the shell, a long output is paged and the prompt comes back; a short one is not")
  func pagerInTheShell() throws {
    let sandbox = try ParleySandbox()
    let pager = try Self.recordingPager(in: sandbox)
    let terminal = try sandbox.terminal(environment: ["PAGER": pager.command])
    try terminal.expectPrompt()
    terminal.send("help" + Key.enter)
    try terminal.expectOutput("Every command also runs from your shell")
    try terminal.expectPrompt()
    #expect(pager.calls() == 1)
    terminal.send("cases" + Key.enter)
    try terminal.expectOutput("No cases yet.")
    try terminal.expectPrompt()
    #expect(pager.calls() == 1)
    terminal.leave()
  }

  @Test("a pager that cannot start: the output is printed directly")
  func pagerMissing() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal(["help"], environment: ["PAGER": "/nonexistent/pager"])
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    #expect(terminal.visibleOutput.contains("parley helps you get an unpaid invoice paid"))
    #expect(terminal.visibleOutput.contains("Every command also runs from your shell"))
  }

  // MARK: - Colour

  @Test(
    "colour: --color and CLICOLOR_FORCE force it into a pipe, NO_COLOR beats CLICOLOR_FORCE",
    arguments: [
      (["--color=always", "cases"], [:], true),
      (["cases", "--color"], [:], true),
      (["cases"], ["CLICOLOR_FORCE": "1"], true),
      (["cases"], ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"], false),
      (["--color=always", "cases"], ["NO_COLOR": "1"], true),
      (["cases"], [:], false),
      (["cases", "--color=never"], ["CLICOLOR_FORCE": "1"], false),
    ] as [([String], [String: String], Bool)])
  func colour(arguments: [String], environment: [String: String], coloured: Bool) throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let result = try ParleyProcess.run(
      executable: sandbox.executable, arguments: arguments, stdin: Data(),
      environment: sandbox.environment(color: true).merging(environment) { _, new in new },
      directory: sandbox.root, timeout: 20)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.contains("\u{1B}[1mCASE") == coloured, "\(result.stdout.debugDescription)")
  }

  @Test("--color=never on a colour terminal; a bad --color value is a usage error")
  func colourFlagsOnATerminal() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal(["--color=never", "cases"], color: true)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    #expect(terminal.output.contains("CASE"))
    #expect(!terminal.output.contains("\u{1B}["), "\(terminal.output.debugDescription)")
    let bad = try sandbox.run("cases", "--color=sometimes")
    #expect(bad.status == 2, "\(bad)")
    #expect(bad.stderr.contains("--color takes auto, always or never, not 'sometimes'"))
  }

  // MARK: - Odd names

  @Test("a name with escape sequences is shown escaped in a prompt, never sent raw")
  func escapedPrompt() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal(environment: ["TERM": "dumb"])
    try terminal.expectOutput(PseudoTerminal.shellPrompt)
    terminal.send("new" + Key.enter)
    try terminal.expectOutput("Client's name")
    terminal.send("Evil\u{1B}]0;pwned\u{07}Co" + Key.enter)
    try terminal.expectOutput("[business]: ")
    terminal.send("back" + Key.enter)
    try terminal.expectOutput("[Evil^[]0;pwned^GCo]: ")
    terminal.send(Key.controlC)
    try terminal.expectOutput("cancelled; nothing was saved")
    terminal.send(Key.controlD)
    #expect(terminal.waitForExit(timeout: 15) == 0, "\(terminal.failureTranscript)")
    // The terminal's own echo shows typed controls as ^[; only parley could send them raw.
    #expect(!terminal.output.contains("\u{1B}]0;pwned"), "\(terminal.output.debugDescription)")
  }

  @Test("JSON output stays exact: controls are JSON escapes, decoded to the very text")
  func exactJSON() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let note = "bell\u{07} csi\u{9B}2J rlo\u{202E}txt"
    try sandbox.succeed("note", "--case", "acme", note)
    let result = try sandbox.succeed("show", "--case", "acme", "--json")
    #expect(!result.stdout.contains("^G") && !result.stdout.contains("<U+"), "\(result.stdout)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    let notes = try #require(json["notes"] as? [[String: Any]])
    #expect(notes.map { $0["text"] as? String } == [note], "\(notes)")
  }

  @Test("a client named in another script gets a readable case id")
  func transliteratedID() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.succeed(
      "new", "--client", "Ωμέγα ΑΕ", "--invoice", "1", "--amount", "€50", "--issued",
      "2026-09-01", "--due", "2026-10-01")
    #expect(result.stdout.contains("Saved case omega-ae."), "\(result)")
    #expect(try sandbox.succeed("show", "--case", "Ωμέγα").stdout.contains("(omega-ae)"))
  }

  // MARK: - History

  @Test("a line typed with a leading space runs but is not saved in the history")
  func ignorespace() throws {
    let sandbox = try ParleySandbox()
    let path = try #require(sandbox.historyPath)
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("cases" + Key.enter)
    try terminal.expectPrompt()
    terminal.send(" help exit-codes" + Key.enter)
    try terminal.expectOutput("Exit statuses")
    try terminal.expectPrompt()
    terminal.send(Key.up)
    try terminal.expectScreenLine("parley> cases")
    terminal.send(Key.enter)
    try terminal.expectPrompt()
    terminal.leave()
    let history = try String(contentsOfFile: path, encoding: .utf8)
    #expect(history.contains("cases"))
    #expect(!history.contains("exit-codes"), "\(history)")
  }

  /// The display width of a line of output.
  private static func width(of line: Substring) -> Int {
    var width = 0
    for character in line {
      let scalars = character.unicodeScalars
      guard let first = scalars.first else { continue }
      if scalars.contains(where: \.properties.isEmojiPresentation) {
        width += 2
      } else if (0x1100...0x115F).contains(first.value) || (0x2E80...0xA4CF).contains(first.value)
        || (0xAC00...0xD7A3).contains(first.value) || (0xF900...0xFAFF).contains(first.value)
        || (0xFF00...0xFF60).contains(first.value)
      {
        width += 2
      } else {
        width += 1
      }
    }
    return width
  }
}
