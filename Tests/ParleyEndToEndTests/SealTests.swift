import Foundation
import Testing

/// The record cannot be quietly shortened or forged: tried through the binary.
@Suite("The seal: a shortened or forged journal is never appended to, and says so")
struct SealTests {
  private func sealURL(_ sandbox: ParleySandbox) -> URL {
    URL(fileURLWithPath: sandbox.journalURL().path + ".seal")
  }

  /// Writes the journal's first `count` lines back, as someone deleting the rest would.
  private func keepLines(_ count: Int, in sandbox: ParleySandbox) throws {
    let lines = try sandbox.journalLines().prefix(count)
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: sandbox.journalURL())
  }

  @Test("lines deleted at the end: 'note' exits 4, both files stay as they are, verify still fails")
  func deletedLinesStayCaught() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed("note", "--case", "acme", "one")
    try sandbox.succeed("note", "--case", "acme", "two")
    try keepLines(3, in: sandbox)
    let journal = try sandbox.journal()
    let seal = try Data(contentsOf: sealURL(sandbox))

    let note = try sandbox.run("note", "--case", "acme", "three")
    #expect(note.status == 4, "\(note)")
    #expect(note.stderr.contains("cannot add to"), "\(note)")
    #expect(note.stderr.contains("verify --case acme-ltd --reseal"), "\(note)")
    #expect(try sandbox.journal() == journal)
    #expect(try Data(contentsOf: sealURL(sandbox)) == seal)
    let verify = try sandbox.run("verify")
    #expect(verify.status == 1)
    #expect(verify.stdout.contains("the last 2 lines were removed"), "\(verify)")

    let show = try sandbox.run("show", "--case", "acme")
    #expect(show.status == 0)
    #expect(show.stderr.contains("does not verify"), "\(show)")

    let reseal = try sandbox.run("verify", "--case", "acme", "--reseal")
    #expect(reseal.status == 0, "\(reseal)")
    #expect(try sandbox.run("verify").status == 0)
    try sandbox.succeed("note", "--case", "acme", "three")
    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes.contains { $0.hasPrefix("Journal resealed at line 3") }, "\(notes)")
  }

  @Test("a large case: one-shot notes go on from the cached head; a line forged since is caught")
  func largeCaseAppendsAtItsHead() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    // About 90 KB of notes, past the size from which the head is cached.
    let script = (1...400).map { "note --case acme the client's accounts team wrote back, \($0)" }
    try #require(try sandbox.script(script).status == 0)
    let head = sandbox.workspace.appendingPathComponent(".cache/acme-ltd.jsonl.head")
    #expect(FileManager.default.fileExists(atPath: head.path))

    let note = try sandbox.succeed("note", "--case", "acme", "one-shot at the head")
    #expect(note.stdout == "Recorded entry 404: note.\n")
    let verify = try sandbox.succeed("verify", "--case", "acme")
    #expect(verify.stdout.contains("intact, 404 entries"), "\(verify)")
    #expect(try sandbox.journalLines().last?.contains("one-shot at the head") == true)

    // A middle line changed to one of the same length: the cached head no
    // longer vouches for the file, the whole journal is read, and the note refused.
    var lines = try sandbox.journalLines()
    lines[200] = lines[200].replacingOccurrences(of: "wrote back", with: "WROTE BACK")
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: sandbox.journalURL())
    let journal = try sandbox.journal()
    let refused = try sandbox.run("note", "--case", "acme", "after the forgery")
    #expect(refused.status == 4, "\(refused)")
    #expect(try sandbox.journal() == journal)
  }

  @Test("a forged amount in the middle: 'show' warns, 'note' and '--reseal' refuse")
  func forgedAmount() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    var lines = try sandbox.journalLines()
    lines[1] = lines[1].replacingOccurrences(of: "1200.50", with: "120.50")
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: sandbox.journalURL())
    let journal = try sandbox.journal()

    let show = try sandbox.run("show", "--case", "acme")
    #expect(show.stderr.contains("warning: the journal of acme-ltd does not verify"), "\(show)")
    let note = try sandbox.run("note", "--case", "acme", "x")
    #expect(note.status == 4, "\(note)")
    #expect(note.stderr.contains("restore the journal from a backup"), "\(note)")
    #expect(try sandbox.run("verify", "--case", "acme", "--reseal").status == 4)
    #expect(try sandbox.journal() == journal)
  }

  @Test("one unreadable and one empty journal: 'cases' lists the rest and names both")
  func oneBadJournal() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try Data().write(to: sandbox.journalURL("empty-one"))
    try Data("{\"not\": \"a line\"}\n".utf8).write(to: sandbox.journalURL("bad-one"))

    let cases = try sandbox.run("cases")
    #expect(cases.status == 0, "\(cases)")
    #expect(cases.stdout.contains("acme-ltd"), "\(cases)")
    #expect(cases.stderr.contains("bad-one: DAMAGED"), "\(cases)")
    #expect(cases.stderr.contains("empty-one: DAMAGED"), "\(cases)")
    let json = try #require(
      (try parseJSON(try sandbox.run("cases", "--json").stdout) as? [String: Any])?["cases"]
        as? [[String: Any]])
    #expect(
      Set(json.compactMap { $0["case_id"] as? String }) == ["acme-ltd", "bad-one", "empty-one"])
    #expect(json.filter { $0["damaged"] is String }.count == 2)

    let verify = try sandbox.run("verify")
    #expect(verify.stdout.contains("empty-one: BROKEN — line 1: the journal is empty"), "\(verify)")
  }

  @Test("a journal rewritten with its seal verifies, but not against the anchor kept before")
  func anchor() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let anchors = try sandbox.succeed("verify", "--anchor").stdout
    let token = try #require(anchors.split(separator: "\n").last.map(String.init))
    #expect(token.hasPrefix("acme-ltd@3:"), "\(anchors)")
    let file = sandbox.workspace.deletingLastPathComponent().appendingPathComponent("anchor.txt")
    try Data(anchors.utf8).write(to: file)

    try sandbox.succeed("note", "--case", "acme", "later")
    let holds = try sandbox.run("verify", "--against", file.path)
    #expect(holds.status == 0, "\(holds)")
    #expect(holds.stdout.contains("acme-ltd: extends its anchor"), "\(holds)")

    try FileManager.default.removeItem(at: sandbox.journalURL())
    try FileManager.default.removeItem(at: sealURL(sandbox))
    try sandbox.openAcme(withReminder: false)
    try sandbox.succeed("note", "--case", "acme", "a different past")
    try sandbox.succeed("note", "--case", "acme", "later")
    #expect(try sandbox.run("verify").status == 0)
    let rewritten = try sandbox.run("verify", "--against", token)
    #expect(rewritten.status == 1, "\(rewritten)")
    #expect(rewritten.stdout.contains("DOES NOT EXTEND"), "\(rewritten)")
  }

  @Test("export of a journal with an unreadable line still writes the record, marked broken")
  func exportDamaged() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let handle = try FileHandle(forWritingTo: sandbox.journalURL())
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("garbage\n".utf8))
    try handle.close()
    let export = try sandbox.run("export", "--case", "acme", "--markdown")
    #expect(export.status == 0, "\(export)")
    #expect(export.stdout.contains("BROKEN at line 4"), "\(export)")
    #expect(export.stdout.contains("INV-042"), "\(export)")
  }
}
