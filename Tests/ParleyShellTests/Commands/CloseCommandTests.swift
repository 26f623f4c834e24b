import Foundation
import ParleyKit
import ParleyStore
import Testing

@testable import ParleyShell

@Suite("close and reopen: a closed case is kept, read-only, and out of the lists")
struct CloseCommandTests {
  /// Acme (closed, paid in full) and Bolt (open).
  private func closedAcme() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    try shell.oneShot([
      "new", "--client", "Bolt & Co", "--invoice", "B-1", "--amount", "300", "--issued",
      "2026-10-01", "--due", "2026-10-31",
    ])
    try shell.oneShot(["paid", "1200.50", "--case", "acme", "--on", "2026-11-20"])
    let closed = try shell.oneShot(["close", "--case", "acme", "--reason", "paid in full"])
    #expect(closed.status == .success, "\(closed.stderr)")
    #expect(closed.stdout.contains("Closed acme-ltd (entry 4)"))
    return shell
  }

  @Test func aClosedCaseLeavesTheDefaultListAndComesBackWithAllOrClosed() throws {
    let shell = try closedAcme()
    let cases = try shell.oneShot(["cases"])
    #expect(!cases.stdout.contains("acme-ltd"))
    #expect(cases.stdout.contains("bolt-co"))
    #expect(cases.stdout.contains("(1 closed case is not listed; 'cases --all' lists them too)"))
    let all = try shell.oneShot(["cases", "--all"])
    #expect(all.stdout.contains("acme-ltd"))
    #expect(all.stdout.contains("29 Nov 2026: paid in full"))
    #expect(all.stdout.contains("bolt-co"))
    let closed = try shell.oneShot(["cases", "--closed", "--json"])
    let listed = try #require(
      (try JSONSerialization.jsonObject(with: Data(closed.stdout.utf8)) as? [String: Any])?[
        "cases"] as? [[String: Any]])
    #expect(listed.map { $0["case_id"] as? String } == ["acme-ltd"])
    #expect(listed.first?["status"] as? String == "closed")
    let closure = try #require(listed.first?["closed"] as? [String: Any])
    #expect(closure["reason"] as? String == "paid in full")
    #expect(closure["on"] as? String == "2026-11-29")
  }

  @Test(
    "every command that would add to a closed case, or act on it, says it is closed and leaves the journal as it was",
    arguments: [
      ["note", "--case", "acme", "called them"], ["paid", "5", "--case", "acme"],
      ["log", "--case", "acme", "--channel", "email", "--out", "--summary", "hello"],
      ["void", "2", "--case", "acme", "--reason", "x"],
      ["edit", "3", "--case", "acme", "--amount", "1"],
      ["rename", "acme-2", "--case", "acme"], ["promise", "--case", "acme", "--by", "2026-12-20"],
      ["next", "--case", "acme"], ["dispute", "--case", "acme", "--about", "x"],
      ["invoice", "--case", "acme", "--number", "X", "--amount", "5"],
    ])
  func refused(words: [String]) throws {
    let shell = try closedAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(words)
    #expect(run.status == .failure, "\(words): \(run.stdout) \(run.stderr)")
    #expect(
      run.stderr.contains(
        "case acme-ltd is closed (since 29 Nov 2026: paid in full); 'reopen --case acme-ltd' to "
          + "work on it again"), "\(words): \(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func showExportAndVerifyReadAClosedCase() throws {
    let shell = try closedAcme()
    let show = try shell.oneShot(["show", "--case", "acme"])
    #expect(show.status == .success)
    #expect(show.stdout.contains("Closed on 29 Nov 2026: paid in full"))
    let export = try shell.oneShot(["export", "--case", "acme", "--markdown"])
    #expect(export.status == .success)
    #expect(
      export.stdout.contains(
        "| Case closed | 2026-11-29 (Sunday 29 November 2026), entry 4: paid in full |"))
    #expect(export.stdout.contains("## Case history"))
    #expect(try shell.oneShot(["verify", "--case", "acme"]).status == .success)
  }

  @Test func reopeningIsRecordedAndTheCaseTakesEntriesAgain() throws {
    let shell = try closedAcme()
    let open = try shell.oneShot(["reopen", "--case", "acme", "--reason", "the bank recalled it"])
    #expect(open.status == .success, "\(open.stderr)")
    #expect(open.stdout.contains("Reopened acme-ltd (entry 5)."))
    #expect(try shell.oneShot(["note", "--case", "acme", "called"]).status == .success)
    #expect(try shell.oneShot(["cases"]).stdout.contains("acme-ltd"))
    let again = try shell.oneShot(["reopen", "--case", "acme"])
    #expect(again.status == .failure)
    #expect(again.stderr.contains("case acme-ltd is not closed, so there is nothing to reopen"))
    let all = try shell.oneShot(["show", "--all", "--case", "acme"]).stdout
    #expect(all.contains("4. 2026-11-29T10:00:00Z  case closed on 29 Nov 2026: paid in full"))
    #expect(
      all.contains("5. 2026-11-29T10:00:00Z  case reopened on 29 Nov 2026: the bank recalled it"))
  }

  @Test func closingTwiceSaysSinceWhenAndUndoDoesNotReopen() throws {
    let shell = try closedAcme()
    let twice = try shell.oneShot(["close", "--case", "acme"])
    #expect(twice.status == .failure)
    #expect(twice.stderr.contains("this case is already closed (since Sunday 29 November 2026)"))
    let session = try shell.session(
      ["close --case bolt --reason settled", "undo"], interactive: false)
    #expect(session.status == .failure)
    #expect(session.stderr.contains("reopen"), "\(session.stderr)")
  }

  @Test func aLargeClosedCaseRefusesANoteWithoutReadingItWhole() throws {
    let shell = try ShellHarness()
    let workspace = try Workspace(root: shell.home)
    let opened = CaseEvent.CaseOpened(
      client: "Big Ltd", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
      currency: "GBP")
    let notes = (1...600).map { CaseEvent.note(.init(text: "note \($0) about the long case")) }
    let stamp = Timestamp(secondsSince1970: 1_795_000_000, timeZoneID: "UTC")
    _ = try workspace.createCase(opened, followedBy: notes, at: stamp)
    #expect(shell.journal("big-ltd").count > Journal.headCacheMinimumSize)
    #expect(try shell.oneShot(["close", "--case", "big"]).status == .success)
    let before = shell.journal("big-ltd")
    let note = try shell.oneShot(["note", "--case", "big", "one more"])
    #expect(note.status == .failure)
    #expect(note.stderr.contains("case big-ltd is closed"))
    #expect(shell.journal("big-ltd") == before)
    // Reopened, a note goes in at the journal's head as before.
    #expect(try shell.oneShot(["reopen", "--case", "big"]).status == .success)
    #expect(try shell.oneShot(["note", "--case", "big", "one more"]).status == .success)
    #expect(try shell.oneShot(["verify", "--case", "big"]).status == .success)
  }

  @Test func atATerminalCloseAsksWhyAndEnterLeavesItUnsaid() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(["open acme", "close", "they paid in cash", "reopen", ""])
    #expect(run.status == .success, "\(run.stderr)")
    let all = try shell.oneShot(["show", "--all", "--case", "acme"]).stdout
    #expect(all.contains("case closed on 29 Nov 2026: they paid in cash\n"))
    #expect(all.contains("case reopened on 29 Nov 2026\n"))
  }

  @Test func aClosedJournalResealedStillEndsWithItsClosing() throws {
    let shell = try closedAcme()
    let seal = shell.home.appendingPathComponent("cases/acme-ltd.jsonl.seal")
    try FileManager.default.removeItem(at: seal)
    let resealed = try shell.oneShot(["verify", "--case", "acme", "--reseal"])
    #expect(resealed.status == .success, "\(resealed.stderr)")
    let lines = String(decoding: shell.journal("acme-ltd"), as: UTF8.self).split(separator: "\n")
    #expect(lines.suffix(2).map { $0.contains("\"type\":\"note\"") } == [true, false])
    #expect(lines.last?.contains("\"type\":\"case.closed\"") == true)
    let note = try shell.oneShot(["note", "--case", "acme", "hello"])
    #expect(note.status == .failure)
    #expect(note.stderr.contains("case acme-ltd is closed (since 29 Nov 2026: paid in full)"))
  }
}
