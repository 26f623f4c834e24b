import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("me: the user's details, asked once and used by every draft")
struct MeCommandTests {
  @Test func optionsSetSingleAnswersAndKeepTheRest() throws {
    let shell = try ShellHarness()
    let first = try shell.oneShot(["me", "--name", "Sam Patel", "--email", "sam@patel.test"])
    #expect(first.status == .success, "\(first.stderr)")
    let second = try shell.oneShot(["me", "--business", "Patel Design"])
    #expect(second.status == .success, "\(second.stderr)")
    let shown = try shell.oneShot(["me", "--show"])
    #expect(shown.stdout.contains("Name                    Sam Patel"))
    #expect(shown.stdout.contains("Business                Patel Design"))
    #expect(shown.stdout.contains("Email                   sam@patel.test"))
    #expect(shown.stdout.contains("Bank details            not set"))
    let json = try shell.oneShot(["me", "--json"])
    #expect(json.stdout.contains("\"pay_link\": null"))
  }

  @Test func atTheShellsPromptOptionsAskNothingElse() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["me --email sam@patel.test", "me --show"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.reader.prompts.allSatisfy { $0.hasPrefix("parley") }, "\(run.reader.prompts)")
    #expect(run.stdout.contains("Email                   sam@patel.test"))
  }

  @Test func aBadAnswerIsAnErrorAndNothingIsSaved() throws {
    let shell = try ShellHarness()
    _ = try shell.oneShot(["me", "--name", "Sam Patel"])
    let file = shell.home.appendingPathComponent("me.json")
    let before = try Data(contentsOf: file)
    let run = try shell.oneShot(["me", "--email", "sam-at-patel", "--name", "Other"])
    #expect(run.status != .success)
    #expect(run.stderr.contains("'sam-at-patel' is not an email address"))
    #expect(try Data(contentsOf: file) == before)
  }

  @Test func theFirstDraftAtATerminalAsksOnceThenNeverAgain() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let answers = [
      "Sam Patel", "Patel Design", "no", "12 High Street, Leeds", "sam@patel.test", "",
      "Sort code 12-34-56, account 12345678", "", "", "",
    ]
    let run = try shell.session(
      ["open acme-ltd", "draft friendly-reminder --print"] + answers + ["quit"])
    #expect(run.stdout.contains("First, who the letters are from and how clients pay you."))
    #expect(run.stdout.contains("Bank details: Sort code 12-34-56, account 12345678"))
    #expect(run.stdout.contains("Kind regards,\nSam Patel\nPatel Design\nsam@patel.test"))
    let again = try shell.session(["open acme-ltd", "draft friendly-reminder --print", "quit"])
    #expect(!again.stdout.contains("First, who the letters are from"))
    #expect(again.stdout.contains("Kind regards,\nSam Patel"))
  }

  @Test func aScriptIsNeverAskedAndTheDraftSaysWhatIsMissing() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["draft", "friendly-reminder"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stderr.contains("Note: The draft has no signature: add your name with 'me'"))
    #expect(run.stderr.contains("Note: The draft does not say how to pay"))
    #expect(
      !FileManager.default.fileExists(atPath: shell.home.appendingPathComponent("me.json").path))
  }
}

@Suite("export: the evidence names the claimant from 'me'")
struct ExportClaimantTests {
  @Test func theExportNamesTheClaimant() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = try shell.oneShot(["export", "--markdown"])
    #expect(before.stdout.contains("| Claimant | not set"))
    _ = try shell.oneShot([
      "me", "--name", "Sam Patel", "--business", "Patel Design", "--address", "12 High St, Leeds",
    ])
    let after = try shell.oneShot(["export", "--markdown"])
    #expect(after.status == .success, "\(after.stderr)")
    #expect(after.stdout.contains("Sam Patel"))
    #expect(after.stdout.contains("Patel Design"))
    #expect(!after.stdout.contains("| Claimant | not set"))
  }
}
