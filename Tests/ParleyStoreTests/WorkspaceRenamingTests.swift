import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

@Suite("Workspace: a case's new id, and its client's later names")
struct WorkspaceRenamingTests {
  func renamed(_ from: String, _ to: String) -> CaseEvent {
    .caseRenamed(CaseEvent.CaseRenamed(from: from, to: to))
  }

  @Test func theJournalAndItsSealTakeTheNewNameAndStillVerify() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase(client: "Acme Ltd")
    try journal.append(Fixtures.note("called"), at: Fixtures.time(60))
    let anchor = JournalAnchor(caseID: "acme-ltd", seq: journal.lastSeq, hash: journal.lastHash)
    let added = try temp.workspace.renameCase(
      &journal, to: "acme-holdings", recording: renamed("acme-ltd", "acme-holdings"),
      at: Fixtures.time(120))
    #expect(added.seq == 3)
    let workspace = temp.workspace
    #expect(try workspace.caseIDs() == ["acme-holdings"])
    let url = workspace.journalURL(forCase: "acme-holdings")
    #expect(try Journal.verify(url) == .intact(lineCount: 3, lastHash: added.hash))
    let files = try FileManager.default.contentsOfDirectory(atPath: workspace.casesFolder.path)
    #expect(files.sorted() == ["acme-holdings.jsonl", "acme-holdings.jsonl.seal"])
    let reopened = try workspace.openCase("acme-holdings")
    #expect(reopened.records.last?.event == renamed("acme-ltd", "acme-holdings"))
    // An anchor taken under the old id still holds in the journal under the new one.
    #expect(anchor.check(journalAt: url) == .extends(lineCount: 3))
    #expect(try workspace.currentID(ofFormerCase: "acme-ltd") == "acme-holdings")
    #expect(try workspace.currentID(ofFormerCase: "zeta") == nil)
  }

  @Test func anIdTakenOrNotAnIdChangesNothing() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase(client: "Acme Ltd")
    _ = try temp.openCase(client: "Zeta")
    let url = temp.workspace.journalURL(forCase: "acme-ltd")
    let before = try temp.bytes(url)
    #expect(throws: StoreError.caseIDTaken("zeta")) {
      try temp.workspace.renameCase(
        &journal, to: "zeta", recording: renamed("acme-ltd", "zeta"), at: Fixtures.time(60))
    }
    #expect(throws: StoreError.invalidCaseID("Acme Group")) {
      try temp.workspace.renameCase(
        &journal, to: "Acme Group", recording: renamed("acme-ltd", "Acme Group"),
        at: Fixtures.time(60))
    }
    #expect(try temp.bytes(url) == before)
    #expect(try Journal.verify(url).isIntact)
  }

  @Test func aCaseIsFoundByItsClientsLaterNameToo() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase(client: "Acme Ltd")
    _ = try temp.openCase(client: "Zeta Studio")
    try journal.append(
      .clientRenamed(CaseEvent.ClientRenamed(from: "Acme Ltd", to: "Borealis Group")),
      at: Fixtures.time(60))
    #expect(try temp.workspace.findCase("Borealis Group").id == "acme-ltd")
    #expect(try temp.workspace.findCase("borealis").id == "acme-ltd")
    // The name it was opened under still finds it.
    #expect(try temp.workspace.findCase("Acme Ltd").id == "acme-ltd")
    #expect(temp.workspace.laterClientNames(ofCase: "acme-ltd") == ["Borealis Group"])
  }

  @Test func aJournalOpenedAtItsHeadReadsItsLastEvent() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase(client: "Acme Ltd")
    let closed = CaseEvent.caseClosed(CaseEvent.CaseClosed(on: .unixEpoch, reason: "paid"))
    try journal.append(closed, at: Fixtures.time(60))
    // Open it the way a one-shot note would, without reading its lines.
    let url = temp.workspace.journalURL(forCase: "acme-ltd")
    _ = try Journal.open(url, lock: temp.workspace.lock, headCacheSize: 0)
    let atHead = try #require(Journal.openAtHead(url, lock: temp.workspace.lock, headCacheSize: 0))
    #expect(atHead.records.isEmpty)
    #expect(atHead.lastEvent() == closed)
  }
}
