import Foundation
import Testing

@testable import ParleyShell

/// The conventions every command keeps, checked over the whole command table
/// so that a new command cannot miss them.
@Suite("Every command: --help and -h, and no stray arguments")
struct CommandConventionsTests {
  @Test("COMMAND --help and -h print the help page and do nothing else")
  func helpFlagsEverywhere() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let journal = shell.journal("acme-ltd")
    for command in CommandTable.all {
      let name = command.spec.name
      let page = try shell.oneShot(["help", name])
      #expect(page.status == .success)
      for flag in ["--help", "-h"] {
        let run = try shell.oneShot([name, flag, "--case", "acme-ltd"])
        #expect(run.status == .success, "\(name) \(flag): \(run.stderr)")
        #expect(run.stdout == page.stdout, "\(name) \(flag)")
      }
    }
    #expect(shell.journal("acme-ltd") == journal, "'note -h' wrote nothing, 'new -h' asked nothing")
    #expect(shell.caseFiles.count == 1)
  }

  @Test("more positional arguments than a command takes is a usage error, exit 2")
  func strayArgumentsAreUsageErrors() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let journal = shell.journal("acme-ltd")
    for command in CommandTable.all where command.spec.maximumArguments < CommandSpec.anyNumber {
      let spec = command.spec
      let caseOption = spec.options.contains { $0.name == "case" } ? ["--case", "acme-ltd"] : []
      let words =
        [spec.name] + Array(repeating: "stray", count: spec.maximumArguments + 1) + caseOption
      let run = try shell.oneShot(words)
      #expect(run.status == .usage, "\(words): \(run.stderr)")
      #expect(run.stderr.contains("but was also given 'stray'"), "\(words): \(run.stderr)")
    }
    #expect(shell.journal("acme-ltd") == journal)
  }

  @Test func theOverviewShowsHowToRunParleyAndTheVersionOption() throws {
    let run = try ShellHarness().oneShot(["help"])
    #expect(run.stdout.contains("parley COMMAND --help"))
    #expect(run.stdout.contains("parley --version"))
  }
}
