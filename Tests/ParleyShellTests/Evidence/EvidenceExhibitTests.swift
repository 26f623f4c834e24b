import Foundation
import Testing

@testable import ParleyShell

@Suite("Evidence: letters and emails in full as numbered exhibits, indexed and in an appendix")
struct EvidenceExhibitTests {
  static let letter = "Dear Sam,\nPlease find a copy of invoice INV-042 enclosed.\nAlex"
  static let reply = "Hi Alex,\nWe will pay by the end of the month.\nSam"
  static let mistake = "Dear Jo,\nThis went to the wrong case.\nAlex"

  /// Acme Ltd: a letter sent in full (entry 3), the client's email in full
  /// but earlier (entry 4), a call with no text (entry 5), and an email in
  /// full logged by mistake and voided (entries 6 and 7).
  private static func fixture() throws -> ShellHarness {
    let harness = try ShellHarness()
    let now = "2026-11-29T10:00:00Z"
    try harness.makeAcme()
    try harness.succeed(
      [
        "log", "--channel", "letter", "--out", "--on", "2026-10-20", "--summary",
        "copy of the invoice", "--text",
      ], at: now, answers: letter.components(separatedBy: "\n") + ["."])
    try harness.succeed(
      [
        "log", "--channel", "email", "--in", "--on", "2026-10-05", "--summary",
        "they will pay by the end of the month", "--text",
      ], at: now, answers: reply.components(separatedBy: "\n") + ["."])
    try harness.succeed(
      ["log", "--channel", "phone", "--out", "--on", "2026-10-21", "--summary", "no answer"],
      at: now)
    try harness.succeed(
      [
        "log", "--channel", "email", "--out", "--on", "2026-10-22", "--summary", "wrong case",
        "--text",
      ], at: now, answers: mistake.components(separatedBy: "\n") + ["."])
    try harness.succeed(["void", "6", "--reason", "logged on the wrong case"], at: now)
    return harness
  }

  private static func export(_ harness: ShellHarness, _ format: String) throws -> String {
    let run = try harness.oneShot(["export", format], at: ShellHarness.exportNow)
    try #require(run.status == .success, "\(run.stderr)")
    return run.stdout
  }

  @Test("exhibits: contacts with a full text, in the order they happened; never a voided one")
  func numbering() throws {
    let record = try Self.fixture().evidenceRecord("acme-ltd")
    #expect(record.exhibits.map(\.number) == [1, 2])
    #expect(record.exhibits.map(\.entry.seq) == [4, 3])
    #expect(record.exhibits.map(\.entry.fullText) == [Self.reply, Self.letter])
    #expect(record.exhibitNumbers == [4: 1, 3: 2])
  }

  @Test("Markdown: an index near the top, 'see Exhibit N' in the chronology, texts in an appendix")
  func markdown() throws {
    let markdown = try Self.export(Self.fixture(), "--markdown")
    let index = """
      ## Exhibits

      Every contact whose full text is on record (letters, emails, messages), in the order they \
      happened. The full texts are in the appendix at the end.

      | Exhibit | Date | What | Subject | Entry |
      |--:|---|---|---|--:|
      | 1 | 2026-10-05 (Monday 5 October 2026) | Email from the client | they will pay by the end of the month | 4 |
      | 2 | 2026-10-20 (Tuesday 20 October 2026) | Letter sent to the client | copy of the invoice | 3 |

      """
    #expect(markdown.contains(index), "\(markdown)")
    let indexAt = try #require(markdown.range(of: "## Exhibits\n")).lowerBound
    let contactsAt = try #require(markdown.range(of: "## Contacts\n")).lowerBound
    #expect(indexAt < contactsAt, "the index comes before the chronology")

    #expect(markdown.contains("- Summary: copy of the invoice\n- Full text: see Exhibit 2\n"))
    #expect(
      markdown.contains(
        "- Summary: they will pay by the end of the month\n- Full text: see Exhibit 1\n"))

    let appendix = """
      ## Appendix: exhibits

      ### Exhibit 1: Email from the client, 2026-10-05 (Monday 5 October 2026)

      - Subject: they will pay by the end of the month
      - Entry 4

      ~~~text
      \(Self.reply)
      ~~~

      ### Exhibit 2: Letter sent to the client, 2026-10-20 (Tuesday 20 October 2026)

      - Subject: copy of the invoice
      - Entry 3

      ~~~text
      \(Self.letter)
      ~~~

      """
    #expect(markdown.contains(appendix), "\(markdown)")
    let appendixAt = try #require(markdown.range(of: "## Appendix: exhibits")).lowerBound
    let everyEntryAt = try #require(markdown.range(of: "## Every journal entry")).lowerBound
    #expect(everyEntryAt < appendixAt, "the appendix is last")
    // Each text once: in the appendix, not also in the chronology.
    #expect(markdown.components(separatedBy: Self.letter).count == 2)
    #expect(markdown.components(separatedBy: Self.reply).count == 2)
    // The voided email keeps its text where it is, marked void, and is no exhibit.
    #expect(markdown.contains("~~~text\n\(Self.mistake)\n~~~\n"))
    #expect(!markdown.contains("Exhibit 3"))
  }

  @Test("HTML: the index, the references, and each exhibit on a new printed page")
  func html() throws {
    let html = try Self.export(Self.fixture(), "--html")
    #expect(html.contains("<section id=\"exhibits\">\n<h2>Exhibits</h2>"))
    #expect(
      html.contains(
        "<tr><td>1</td><td><time datetime=\"2026-10-05\">2026-10-05 (Monday 5 October 2026)"
          + "</time></td><td>Email from the client</td><td>they will pay by the end of the month"
          + "</td><td>4</td></tr>"))
    #expect(html.contains("<dt>Full text</dt><dd>see Exhibit 2</dd>"))
    #expect(html.contains("<div class=\"exhibit\" id=\"exhibit-2\">"))
    #expect(html.contains("<pre>\(HTMLEscaping.escape(Self.letter))</pre>"))
    #expect(html.components(separatedBy: HTMLEscaping.escape(Self.letter)).count == 2)
    // In print the appendix starts a page, and so does each exhibit after the first.
    #expect(html.contains("#appendix { break-before: page; }"))
    #expect(html.contains(".exhibit + .exhibit { break-before: page; }"))
    #expect(HTMLStructure.problems(html) == [])
  }

  @Test("CSV and JSON: each entry's exhibit number, and JSON's index of exhibits")
  func machineFormats() throws {
    let harness = try Self.fixture()
    let rows = try EvidenceCSVReader.rows(try Self.export(harness, "--csv"))
    let column = try #require(rows.first?.firstIndex(of: "exhibit"))
    #expect(rows.dropFirst().map { $0[column] } == ["", "", "2", "1", "", "", ""])

    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.export(harness, "--json").utf8))
        as? [String: Any])
    let exhibits = try #require(object["exhibits"] as? [[String: Any]])
    #expect(exhibits.map { $0["number"] as? Int } == [1, 2])
    #expect(exhibits.map { $0["seq"] as? Int } == [4, 3])
    #expect(exhibits.first?["on"] as? String == "2026-10-05")
    #expect(exhibits.first?["title"] as? String == "Email from the client")
    #expect(exhibits.first?["subject"] as? String == "they will pay by the end of the month")
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.first { $0["seq"] as? Int == 3 }?["exhibit"] as? Int == 2)
    #expect(entries.first { $0["seq"] as? Int == 6 }?["exhibit"] is NSNull)
  }

  @Test("no letter or email in full: the index says so")
  func none() throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let markdown = try Self.export(harness, "--markdown")
    #expect(markdown.contains("## Exhibits\n\nNone: no contact has its full text on record.\n"))
    #expect(!markdown.contains("## Appendix"))
  }
}
