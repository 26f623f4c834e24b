import Testing

@testable import ParleyShell

@Suite("completion: the script for a shell, or the case ids")
struct CompletionCommandTests {
  @Test("each shell's script, in the shell as one-shot", arguments: CompletionShell.allCases)
  func script(shell: CompletionShell) throws {
    let harness = try ShellHarness()
    let specs = CommandTable.all.map(\.spec)
    let session = try harness.session(["completion \(shell.rawValue)"])
    #expect(session.stdout.contains(shell.script(for: specs)))
    let oneShot = try harness.oneShot(["completion", shell.rawValue.uppercased()])
    #expect(oneShot.status == .success)
    #expect(oneShot.stdout == shell.script(for: specs))
  }

  @Test(
    "a missing, unknown or extra shell name is a usage error naming the shells",
    arguments: [
      (["completion"], "which shell? completion SHELL, where SHELL is bash, zsh or fish"),
      (["completion", "tcsh"], "it supports bash, zsh and fish"),
      (["completion", "bash", "zsh"], "'completion' takes one argument"),
      (["completion", "bash", "--case-ids"], "--case-ids takes no shell name"),
    ])
  func usage(words: [String], message: String) throws {
    let run = try ShellHarness().oneShot(words)
    #expect(run.status == .usage)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(run.stderr.contains("usage: parley completion SHELL [--case-ids]"))
  }

  @Test("--case-ids: one a line, sorted; nothing at all when there are no cases")
  func caseIDs() throws {
    let harness = try ShellHarness()
    let none = try harness.oneShot(["completion", "--case-ids"])
    #expect(none.status == .success && none.stdout.isEmpty && none.stderr.isEmpty)
    try harness.makeAcme()
    let one = try harness.oneShot(["completion", "--case-ids"])
    #expect(one.stdout == "acme-ltd\n")
  }

  @Test("help --man in the shell prints the manual; with a command named, it says to leave it out")
  func manual() throws {
    let harness = try ShellHarness()
    let run = try harness.oneShot(["help", "--man"])
    #expect(run.stdout == ManualPage.render())
    let named = try harness.oneShot(["help", "--man", "log"])
    #expect(named.status == .usage)
    #expect(named.stderr.contains("--man prints the whole manual; leave out 'log'"))
  }
}
