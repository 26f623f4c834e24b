import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

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
