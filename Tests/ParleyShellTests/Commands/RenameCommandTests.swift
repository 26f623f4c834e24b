import Foundation
import Testing

@testable import ParleyShell

@Suite("rename: the case's id and the client's name, each kept in the record")
struct RenameCommandTests {
  @Test func aNewIdRenamesTheJournalAndItsSealAndTheChainStillVerifies() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let anchor = try shell.oneShot(["verify", "--anchor"]).stdout
    let run = try shell.oneShot(["rename", "acme-holdings", "--case", "acme"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("Recorded entry 3 and renamed case acme-ltd to acme-holdings"))
    #expect(shell.caseFiles == ["acme-holdings.jsonl"])
    let seals = try FileManager.default.contentsOfDirectory(
      atPath: shell.home.appendingPathComponent("cases").path
    ).filter { $0.hasSuffix(".seal") }
    #expect(seals == ["acme-holdings.jsonl.seal"])
    let verify = try shell.oneShot(["verify"])
    #expect(verify.status == .success)
    #expect(verify.stdout.contains("acme-holdings: intact, 3 entries"))
    #expect(
      try shell.oneShot(["show", "--all", "--case", "acme-holdings"]).stdout.contains(
        "3. 2026-11-29T10:00:00Z  case id changed from acme-ltd to acme-holdings"))
    // The anchor taken under the old id finds the journal under the new one.
    let against = try shell.oneShot(["verify", "--against", anchor])
    #expect(against.status == .success, "\(against.stderr)")
    #expect(against.stdout.contains("acme-ltd (now acme-holdings): extends its anchor"))
  }

  @Test func theClientsNewNameIsRecordedUsedAndTheOldOneStillFindsTheCase() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["rename", "--case", "acme", "--client", "Borealis Group"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "Recorded entry 3: the client is now Borealis Group (was Acme Ltd); the earlier name "
          + "stays in the record."))
    let show = try shell.oneShot(["show", "--case", "borealis"])
    #expect(show.status == .success, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("Borealis Group (acme-ltd)"))
    #expect(try shell.oneShot(["show", "--case", "Acme Ltd"]).status == .success)
    #expect(try shell.oneShot(["cases"]).stdout.contains("acme-ltd  Borealis Group"))
  }

  @Test func inTheShellTheOpenCaseFollowsItsNewIdAndUndoSaysWhatToDo() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      ["open acme", "rename acme-2", "note still here"], interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(shell.caseFiles == ["acme-2.jsonl"])
    #expect(String(decoding: shell.journal("acme-2"), as: UTF8.self).contains("still here"))
  }

  @Test(
    "a new id that is not one, is the same, or is taken is refused and nothing changes",
    arguments: [
      (["rename", "Acme Holdings", "--case", "acme"], "such as acme-holdings"),
      (["rename", "acme", "holdings", "--case", "acme"], "'rename' takes one argument"),
      (
        ["rename", "ACME", "--case", "acme"],
        "'ACME' cannot be a case id: ids are lower-case letters, digits and dashes, such as acme"
      ),
      (["rename", "acme-ltd", "--case", "acme"], "the case is already called acme-ltd"),
      (["rename", "--case", "acme"], "what is the new name?"),
    ])
  func usage(words: [String], message: String) throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(words)
    #expect(run.status == .usage, "\(run.stderr)")
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func anIdAnotherCaseHasIsRefused() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    try shell.oneShot([
      "new", "--client", "Bolt", "--invoice", "B-1", "--amount", "5", "--issued", "2026-10-01",
      "--due", "2026-10-31",
    ])
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["rename", "bolt", "--case", "acme"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("there is already a case bolt; choose another id"))
    #expect(shell.journal("acme-ltd") == before)
    #expect(shell.caseFiles == ["acme-ltd.jsonl", "bolt.jsonl"])
  }
}
