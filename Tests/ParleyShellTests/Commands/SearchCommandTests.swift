import Foundation
import Testing

@testable import ParleyShell

@Suite("search: a text in every case's record")
struct SearchCommandTests {
  /// Acme (a note, and an email naming INV-042 in its summary and its text) and Zoë Café (a dispute), and Bolt closed.
  private func workspace() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      [
        "new --client \"Zoë Café\" --invoice Z-1 --amount 90 --issued 2026-10-01 --due 2026-10-31",
        "new --client Bolt --invoice B-1 --amount 5 --issued 2026-10-01 --due 2026-10-31",
        "note --case acme They moved office",
        "log --case acme --channel email --out --on 2026-11-02 --summary \"reminder about inv-042\" --text",
        "Dear Sam,", "Please see INV-042 again.", ".",
        "dispute --case zoe --about \"says the CAFÉ sign was late\"",
        "note --case bolt the cafe owner rang",
        "close --case bolt --reason settled",
      ], interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    return shell
  }

  @Test func findsEveryLineWithTheTextInEveryCaseIgnoringCaseAndAccents() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["search", "cafe"])
    #expect(run.status == .success, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("CASE"))
    #expect(lines.count == 4, "\(run.stdout)")
    #expect(run.stdout.contains("bolt (closed)"))
    #expect(run.stdout.contains("the cafe owner rang"))
    #expect(run.stdout.contains("says the CAFÉ sign was late"))
    #expect(run.stdout.contains("Zoë Café"))
  }

  @Test func caseLimitsItAndJsonHasEveryKey() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["search", "INV-042", "--case", "acme", "--json"])
    #expect(run.status == .success, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["schema_version"] as? Int == 1)
    #expect(json["query"] as? String == "INV-042")
    let hits = try #require(json["hits"] as? [[String: Any]])
    #expect(hits.map { $0["seq"] as? Int } == [2, 4, 4])
    #expect(hits.map { $0["field"] as? String } == ["invoice", "summary", "message"])
    #expect(hits[2]["line"] as? String == "Please see INV-042 again.")
    #expect(hits[2]["day"] as? String == "2026-11-02")
    for hit in hits {
      #expect(
        Set(hit.keys) == [
          "case_id", "client", "case_closed", "seq", "day", "field", "line", "voided_by",
          "superseded_by",
        ])
      #expect(hit["voided_by"] is NSNull)
    }
  }

  @Test func voidedAndSupersededEntriesAreFoundAndMarked() throws {
    let shell = try workspace()
    #expect(
      try shell.oneShot(["edit", "3", "--case", "acme", "--text", "They moved to Leeds"]).status
        == .success)
    #expect(
      try shell.oneShot(["void", "4", "--case", "acme", "--reason", "wrong case"]).status
        == .success)
    let run = try shell.oneShot(["search", "moved", "--case", "acme"])
    #expect(run.stdout.contains("note, superseded (5)"), "\(run.stdout)")
    let reminder = try shell.oneShot(["search", "reminder about"])
    #expect(reminder.stdout.contains("summary, void (6)"), "\(reminder.stdout)")
  }

  @Test func nothingFoundSaysSoWithExitStatusOne() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["search", "no such words"])
    #expect(run.status == .failure)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("nothing in any case holds 'no such words'"))
    let empty = try shell.oneShot(["search"])
    #expect(empty.status == .usage)
    #expect(empty.stderr.contains("what should be found? search TEXT"))
  }
}
