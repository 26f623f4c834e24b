import Foundation
import Testing

/// Ctrl-C and output that cannot be written: never a crash, never a silent loss.
@Suite("Ctrl-C and lost output: a clear stop, the right exit status")
struct InterruptAndLostOutputTests {

  @Test("Ctrl-C while `check -` reads a terminal: one-shot exits 130, nothing crashes")
  func controlCDuringCheckOneShot() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.terminal(["check", "-", "--case", "acme-ltd"])
    terminal.send("Dear Sam, a first line of the draft" + Key.enter)
    try terminal.interrupt()
    let status = terminal.waitForExit(timeout: 15)
    #expect(status == 130, "\(terminal.failureTranscript)")
    #expect(terminal.output.contains("cancelled; nothing was read or saved"))
    #expect(!terminal.output.contains("Fatal error"))
  }

  @Test("Ctrl-C while `check -` reads in the shell cancels it and the shell goes on")
  func controlCDuringCheckInTheShell() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let terminal = try sandbox.shellWithAcmeOpen()
    terminal.send("check -" + Key.enter)
    // libedit leaves raw mode once the line is taken; then `check` reads the terminal.
    try #require(terminal.waitUntil(timeout: 15) { !$0.isRaw }, "\(terminal.failureTranscript)")
    try terminal.interrupt()
    try terminal.expectOutput("cancelled; nothing was read or saved")
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    terminal.send("show" + Key.enter)
    try terminal.expectOutput("Outstanding: £1,200.50")
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    terminal.leave()
  }

  @Test("Ctrl-C at a question in one-shot mode exits 130, writing nothing")
  func controlCAtAQuestionOneShot() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal(["new"])
    try terminal.expectPrompt("Client's name (as on the invoice, e.g. Acme Ltd): ")
    try terminal.interrupt()
    #expect(terminal.waitForExit(timeout: 15) == 130, "\(terminal.failureTranscript)")
    #expect(sandbox.caseFiles().isEmpty)
  }

  /// Runs `parley ARGUMENTS` through `sh` with standard output redirected as `redirection`.
  private func run(
    _ sandbox: ParleySandbox, _ arguments: String, redirecting redirection: String
  ) throws -> ParleyResult {
    try ParleyProcess.run(
      executable: "/bin/sh",
      arguments: ["-c", "exec \"$0\" \(arguments) \(redirection)", sandbox.executable],
      environment: sandbox.environment(), directory: nil)
  }

  @Test("an export to a full disk or a closed output fails with a message, status 1")
  func lostOutputIsAFailure() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let journal = try sandbox.journal()
    for redirection in ["> /dev/full", ">&-"] {
      let result = try run(sandbox, "export --json - --case acme-ltd", redirecting: redirection)
      #expect(result.status == 1, "\(redirection): \(result)")
      #expect(
        result.stderr.contains("parley: the output could not be all written"),
        "\(redirection): \(result)")
    }
    #expect(try sandbox.journal() == journal, "the case is as it was")
    let fine = try run(sandbox, "export --json - --case acme-ltd", redirecting: "> /dev/null")
    #expect(fine.status == 0, "\(fine)")
  }
}
