import Foundation
import Testing

@Suite("The built binary: close, reopen, edit, search, agenda")
struct CaseVerbsTests {
  @Test("close takes a case out of `cases`, refuses entries with exit 1, and reopen brings it back")
  func closeCasesReopen() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed(
      "new", "--client", "Bolt", "--invoice", "B-1", "--amount", "90", "--issued", "2026-10-01",
      "--due", "2026-10-31")
    let closed = try sandbox.succeed("close", "--case", "acme", "--reason", "paid in full")
    #expect(closed.stdout.contains("Closed acme-ltd (entry 4)."), "\(closed)")

    let listed = try sandbox.succeed("cases")
    #expect(!listed.stdout.contains("acme-ltd"))
    #expect(listed.stdout.contains("bolt"))
    let all = try sandbox.succeed("cases", "--all", "--json")
    let cases = try #require(
      (try parseJSON(all.stdout) as? [String: Any])?["cases"] as? [[String: Any]])
    #expect(cases.map { $0["status"] as? String } == ["closed", "open"])
    expectSnakeCaseKeys(cases)

    let before = try sandbox.journal()
    let refused = try sandbox.run("paid", "£10", "--case", "acme")
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("case acme-ltd is closed (since 29 Nov 2026: paid in full)"))
    #expect(try sandbox.journal() == before)
    #expect(try sandbox.run("show", "--case", "acme").status == 0)
    #expect(try sandbox.run("export", "--case", "acme", "--json").status == 0)

    let reopened = try sandbox.succeed("reopen", "--case", "acme", "--reason", "bounced")
    #expect(reopened.stdout == "Reopened acme-ltd (entry 5).\n")
    #expect(try sandbox.succeed("cases").stdout.contains("acme-ltd"))
    try sandbox.succeed("paid", "£10", "--case", "acme")
    let types = try sandbox.records().compactMap { $0["type"] as? String }
    #expect(types.suffix(3) == ["case.closed", "case.reopened", "payment.received"])
    let verified = try sandbox.succeed("verify")
    #expect(verified.stdout.contains("acme-ltd: intact, 6 entries"))
  }

  @Test("edit records a correction that `show` reads and `verify` accepts, the original kept")
  func editShowVerify() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed("paid", "£500", "--case", "acme", "--on", "2026-11-10")
    let edited = try sandbox.succeed(
      "edit", "4", "--case", "acme", "--amount", "£600", "--reason", "typed £500")
    #expect(
      edited.stdout.hasPrefix(
        "Recorded entry 5: entry 4 corrected: amount £600.00 (was £500.00).\n"
          + "Still owed: £600.50 (was £700.50).\n"), "\(edited)")
    let shown = try sandbox.succeed("show", "--all", "--case", "acme")
    #expect(shown.stdout.contains("Outstanding: £600.50 of £1,200.50"))
    #expect(
      shown.stdout.contains(
        "4. 2026-11-29T10:00:00Z  payment of £500.00 on 10 Nov 2026  [superseded by entry 5]"))
    #expect(
      shown.stdout.contains(
        "5. 2026-11-29T10:00:00Z  correction of entry 4: amount £600.00 (typed £500)"))
    // The original line is in the journal as written.
    let lines = try sandbox.journalLines()
    #expect(lines.count == 5)
    #expect(lines[3].contains(#""amount":"500.00""#))
    #expect(lines[4].contains(#""type":"entry.corrected""#))
    let verified = try sandbox.succeed("verify", "--case", "acme")
    #expect(verified.stdout.contains("acme-ltd: intact, 5 entries"))
    let wrong = try sandbox.run("edit", "4", "--case", "acme", "--text", "x")
    #expect(wrong.status == 2, "\(wrong)")
    #expect(try sandbox.journalLines().count == 5)
  }

  @Test("search and agenda read every case from the command line, with --json")
  func searchAndAgenda() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed("note", "--case", "acme", "Spoke to Zoë in accounts")
    let found = try sandbox.succeed("search", "ZOE", "--json")
    let json = try #require(try parseJSON(found.stdout) as? [String: Any])
    #expect(json["schema_version"] as? Int == 1)
    let hits = try #require(json["hits"] as? [[String: Any]])
    #expect(hits.map { $0["seq"] as? Int } == [4])
    expectSnakeCaseKeys(json)
    #expect(try sandbox.run("search", "nowhere").status == 1)
    let agenda = try sandbox.succeed("agenda")
    #expect(agenda.stdout.contains("acme-ltd  £1,200.50 is 59 days overdue"), "\(agenda)")
  }
}
