import Foundation
import Testing

@Suite("Corrections and crash recovery keep the record")
struct RecoveryTests {
  @Test("`undo` in a script voids the entry made in that session; the entry stays, marked void")
  func undoVoidsTheSessionsLastEntry() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let result = try sandbox.script(["open acme", "note typed in the wrong case", "undo"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("Voided entry 4 (note: typed in the wrong case)."), "\(result)")
    let after = try sandbox.journal()
    #expect(after.starts(with: before), "earlier lines were rewritten")
    let void = try #require(try sandbox.entries(ofType: "void").first)
    #expect(void["target"] as? Int == 4)
    #expect(
      try sandbox.entries(ofType: "note").first?["text"] as? String == "typed in the wrong case")
    #expect(try sandbox.run("verify").status == 0)
  }

  @Test("`undo` with nothing done in this session refuses and writes nothing")
  func undoWithNothingToUndo() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let result = try sandbox.script(["open acme", "undo"])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.hasPrefix("stdin:2: nothing to undo in this session"))
    #expect(try sandbox.journal() == before)
  }

  @Test("a torn last line is reported, moved to a side file intact, and the journal goes on")
  func tornTail() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let complete = try sandbox.journal()
    let torn = Data(#"{"at":"2026-11-29T10:00:00Z","data":{"te"#.utf8)
    try (complete + torn).write(to: sandbox.journalURL())

    let shown = try sandbox.run("show", "--case", "acme")
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stderr.contains("the last entry of acme-ltd.jsonl was incomplete"), "\(shown)")
    #expect(shown.stderr.contains("keeps its 3 complete lines"), "\(shown)")
    #expect(try sandbox.journal() == complete, "the complete lines must stay byte for byte")

    let sideFiles = sandbox.caseFiles().filter { $0.hasPrefix("acme-ltd.jsonl.torn-") }
    try #require(sideFiles.count == 1, "\(sandbox.caseFiles())")
    let side = try Data(contentsOf: sandbox.casesFolder.appendingPathComponent(sideFiles[0]))
    #expect(side == torn, "the torn bytes must be kept, not dropped")
    #expect(sideFiles[0] == "acme-ltd.jsonl.torn-20261129T100000Z")

    try sandbox.succeed("note", "after the crash", "--case", "acme")
    #expect(try sandbox.run("verify").status == 0)
    #expect(try sandbox.records().map { $0["seq"] as? Int } == [1, 2, 3, 4])
  }
}
