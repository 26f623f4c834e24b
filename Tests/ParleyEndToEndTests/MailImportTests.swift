import Foundation
import Testing

/// The built binary importing mailboxes as real mail programs export them
/// (`Tests/Fixtures/Mail`, written by `Scripts/make-mail-fixtures`).
@Suite("The built binary: import a mailbox into cases")
struct MailImportTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Mail")

  /// Harbour & Co (known by its address) and Acme (known by its invoice
  /// number only), and the user's own address.
  func sandbox() throws -> ParleySandbox {
    let sandbox = try ParleySandbox()
    try sandbox.succeed(
      "new", "--client", "Harbour & Co", "--contact", "ap@harbourco.example", "--invoice",
      "INV-2026-031", "--amount", "£2,400", "--issued", "2026-10-15", "--due", "2026-11-14")
    try sandbox.succeed(
      "new", "--client", "Acme Ltd", "--invoice", "INV-2026-018", "--amount", "£900", "--issued",
      "2026-09-20", "--due", "2026-10-20")
    try sandbox.succeed("me", "--email", "sam@bakerdesign.example", "--name", "Sam Baker")
    return sandbox
  }

  /// A few days after Priya's reply of 30 November and Sam's of 1 December.
  static let later = ["PARLEY_NOW": "2026-12-04T10:00:00Z"]

  /// `parley import ARGUMENTS...` on 4 December.
  func importing(_ arguments: [String], in sandbox: ParleySandbox) throws -> ParleyResult {
    try sandbox.run(["import"] + arguments, environment: Self.later)
  }

  var sources: [String] {
    ["thunderbird.mbox", "Acme.mbox", "takeout.mbox", "maildir"].map {
      Self.fixtures.appendingPathComponent($0).path
    }
  }

  @Test("a Thunderbird folder and an Apple Mail export land in two cases; again, nothing is added")
  func importIntoTwoCasesThenAgain() throws {
    let sandbox = try sandbox()
    let dry = try importing(sources + ["--dry-run"], in: sandbox)
    #expect(dry.status == 0, "\(dry)")
    #expect(
      dry.stdout.contains("Dry run: nothing was written. 7 messages in 2 cases would be recorded."))
    #expect(try sandbox.journalLines("harbour-co").count == 2)

    let run = try importing(sources, in: sandbox)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("Recorded entries 3–5 in harbour-co."))
    #expect(run.stdout.contains("Recorded entries 3–6 in acme-ltd."))
    #expect(run.stdout.contains("Not recorded: 7 messages that no single open case claims"))
    // Off a terminal, Priya's "in full by 18 December" waits for the user.
    #expect(
      run.stdout.contains(
        "Not recorded as a promise until you confirm it: 'promise --case acme-ltd --by 2026-12-18"))
    let mails = try sandbox.entries(ofType: "contact.logged", in: "acme-ltd").compactMap {
      $0["mail"] as? [String: Any]
    }
    #expect(mails.count == 4)
    #expect(
      mails.compactMap { $0["messageID"] as? String }.first
        == "8C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@bakerdesign.example")
    #expect(
      mails.allSatisfy { ($0["source"] as? String)?.hasPrefix("Acme.mbox, message ") == true })

    let journals = (try sandbox.journal("harbour-co"), try sandbox.journal("acme-ltd"))
    let again = try importing(sources, in: sandbox)
    #expect(again.status == 0, "\(again)")
    #expect(again.stdout.contains("Already recorded, skipped: 7 messages."))
    #expect(again.stdout.contains("Nothing new was recorded."))
    #expect(try sandbox.journal("harbour-co") == journals.0)
    #expect(try sandbox.journal("acme-ltd") == journals.1)
    #expect(try sandbox.succeed("verify").stdout.contains("acme-ltd: intact, 6 entries"))
  }

  @Test("unmatched Google Takeout mail goes to a case when picked by number")
  func assignTheUnmatched() throws {
    let sandbox = try sandbox()
    try sandbox.succeed(
      "new", "--client", "Lumen Studio", "--invoice", "LS-1", "--amount", "£500", "--issued",
      "2026-09-01", "--due", "2026-10-01")
    let takeout = Self.fixtures.appendingPathComponent("takeout.mbox").path
    let run = try importing(
      [takeout, "--case", "lumen", "--message", "1-4", "--json"], in: sandbox)
    #expect(run.status == 0, "\(run)")
    let object = try #require(try parseJSON(run.stdout) as? [String: Any])
    let messages = try #require(object["messages"] as? [[String: Any]])
    #expect(messages.map { $0["outcome"] as? String } == Array(repeating: "recorded", count: 4))
    // Picked by number, they go where the user put them, whatever they match.
    #expect(messages.map { $0["matched_by"] as? String } == Array(repeating: "assigned", count: 4))
    #expect(try sandbox.entries(ofType: "contact.logged", in: "lumen-studio").count == 4)
  }

  @Test("the evidence export lists imported mail with its sent time, Message-ID and import day")
  func evidence() throws {
    let sandbox = try sandbox()
    #expect(try importing([sources[0]], in: sandbox).status == 0)
    let html = try sandbox.succeed("export", "-", "--html", "--case", "harbour").stdout
    #expect(html.contains("Email from the client (imported from the mailbox)"))
    #expect(html.contains("3 Nov 2026 16:12 +00:00 (2026-11-03T16:12:00Z)"))
    #expect(html.contains("&lt;AM6PR03MB41F2C8@AM6PR03MB41.eurprd03.prod.outlook.example&gt;"))
    #expect(html.contains("2026-12-04 (Friday 4 December 2026), from thunderbird.mbox, message 2"))
  }
}
