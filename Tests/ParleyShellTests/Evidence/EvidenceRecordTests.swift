import Foundation
import ParleyKit
import ParleyStore
import Testing

@testable import ParleyShell

@Suite("Evidence: what the record holds")
struct EvidenceRecordTests {
  /// The fixture case and its record at ``ShellHarness/exportNow``.
  private static func fixture() throws -> (ShellHarness, EvidenceRecord) {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    return (harness, try harness.evidenceRecord("acme-sons"))
  }

  @Test("every journal entry is in the record, in journal order")
  func everyEntry() throws {
    let (harness, record) = try Self.fixture()
    let lines = String(decoding: harness.journal("acme-sons"), as: UTF8.self)
      .split(separator: "\n")
    #expect(record.entries.map(\.seq) == Array(1...lines.count))
    #expect(record.entries.map(\.type).first == "case.opened")
  }

  @Test(
    "plain words, not journal ids: Markdown and HTML name no event type; CSV and JSON add a title")
  func plainWords() throws {
    let (harness, record) = try Self.fixture()
    #expect(record.entries.first { $0.seq == 11 }?.title == "Payment plan agreed")
    let export = { (format: String) throws -> String in
      try harness.oneShot(["export", "--case", "acme", format], at: ShellHarness.exportNow).stdout
    }
    let markdown = try export("--markdown")
    let html = try export("--html")
    for type in CaseEvent.typeNames where type.contains(".") {
      #expect(!markdown.contains(type), "Markdown names \(type)")
      #expect(!html.contains(type), "HTML names \(type)")
    }
    #expect(markdown.contains("### 2026-10-08 (Thursday 8 October 2026): Email sent to the client"))
    #expect(markdown.contains("### Entry 6: Payment received"))
    #expect(html.contains("<h3>Entry 9: Note</h3>"))

    let rows = try EvidenceCSVReader.rows(try export("--csv"))
    let title = try #require(rows.first?.firstIndex(of: "title"))
    let type = try #require(rows.first?.firstIndex(of: "type"))
    let email = try #require(rows.first { $0.first == "4" })
    #expect(email[type] == "contact.logged")
    #expect(email[title] == "Email sent to the client")

    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try export("--json").utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    let void = try #require(entries.first { $0["seq"] as? Int == 8 })
    #expect(void["type"] as? String == "void")
    #expect(void["title"] as? String == "Entry 6 voided")
  }

  @Test("every entry carries the SHA-256 of its journal line, in every format")
  func entryHashes() throws {
    let (harness, record) = try Self.fixture()
    let lines = harness.journal("acme-sons").split(separator: 0x0A)
    let hashes = lines.map { SHA256.hexHash($0) }
    #expect(record.entries.map(\.hash) == hashes)
    let export = { (format: String) throws -> String in
      try harness.oneShot(["export", "--case", "acme", format], at: ShellHarness.exportNow).stdout
    }
    let markdown = try export("--markdown")
    #expect(markdown.contains("- Journal line SHA-256: `\(hashes[3])`"))
    #expect(
      markdown.contains(
        "- To check entry N against the journal: `sed -n Np acme-sons.jsonl | tr -d '\\n' | "
          + "sha256sum`"))
    let html = try export("--html")
    #expect(html.contains("<dt>Journal line SHA-256</dt><dd><code>\(hashes[3])</code></dd>"))
    for hash in hashes {
      #expect(markdown.contains("| `\(hash)` |"), "the table of entries lacks \(hash)")
      #expect(html.contains("<td><code>\(hash)</code></td>"), "the table of entries lacks \(hash)")
    }
    let rows = try EvidenceCSVReader.rows(try export("--csv"))
    let column = try #require(rows.first?.firstIndex(of: "hash"))
    #expect(rows.dropFirst().map { $0[column] } == hashes)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try export("--json").utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.map { $0["hash"] as? String } == hashes)
  }

  @Test("contacts in the order they happened: by day, then entry number, not by recording")
  func contactsInTimeOrder() throws {
    let (harness, record) = try Self.fixture()
    // Entry 4 (an email on 8 Oct) was logged after entry 3 (a call on 20 Oct);
    // entry 5 (a letter) happened the same day as the call, so the call comes first.
    #expect(record.contacts.map(\.seq) == [4, 3, 5])
    let days = record.contacts.compactMap(\.on)
    #expect(days == days.sorted())

    let markdown = try harness.oneShot(
      ["export", "--case", "acme", "--markdown"], at: ShellHarness.exportNow
    ).stdout
    let headings = [
      "### 2026-10-08 (Thursday 8 October 2026): Email sent to the client",
      "### 2026-10-20 (Tuesday 20 October 2026): Phone call from the client",
      "### 2026-10-20 (Tuesday 20 October 2026): Letter sent to the client",
    ]
    let positions = try headings.map { heading in
      try #require(markdown.range(of: heading), "no heading '\(heading)'").lowerBound
    }
    #expect(positions == positions.sorted())

    let json = try harness.oneShot(
      ["export", "--case", "acme", "--json"], at: ShellHarness.exportNow
    ).stdout
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["contacts_in_time_order"] as? [Int] == [4, 3, 5])
  }

  @Test("a voided entry stays, marked void with the voiding entry and its reason")
  func voidedEntriesMarked() throws {
    let (harness, record) = try Self.fixture()
    let voided = try #require(record.entries.first { $0.seq == 6 })
    #expect(voided.void == EvidenceVoid(voidedBy: 8, reason: "entered twice by mistake"))
    #expect(voided.amount?.plainDecimal == "200.00")
    #expect(record.voidedEntries.map(\.seq) == [6])
    #expect(record.entries.filter { $0.void != nil }.count == 1)
    // The void itself is an entry too.
    #expect(record.entries.first { $0.seq == 8 }?.type == "void")

    let markdown = try harness.oneShot(
      ["export", "--case", "acme", "--markdown"], at: ShellHarness.exportNow
    ).stdout
    #expect(markdown.contains("- **VOID**: cancelled by entry 8: entered twice by mistake"))
    #expect(markdown.contains("| 6 | 2026-11-02T12:00:00Z |"))
    #expect(markdown.contains("void (entry 8) |"))
    let csv = try harness.oneShot(
      ["export", "--case", "acme", "--csv"], at: ShellHarness.exportNow
    ).stdout
    let rows = try EvidenceCSVReader.rows(csv)
    let header = try #require(rows.first)
    let row = try #require(rows.first { $0.first == "6" })
    let column = { (name: String) -> String in
      header.firstIndex(of: name).map { row[$0] } ?? "<no column \(name)>"
    }
    #expect(column("void") == "yes")
    #expect(column("void_reason") == "entered twice by mistake")
    #expect(column("amount") == "200.00")
  }

  @Test("full texts come out whole: every line, quotes, fences and markup as written")
  func fullTextsIntact() throws {
    let (harness, record) = try Self.fixture()
    let email = try #require(record.entries.first { $0.seq == 4 })
    #expect(email.fullText == ShellHarness.reminderText)

    let export = { (format: String) throws -> String in
      try harness.oneShot(["export", "--case", "acme", format], at: ShellHarness.exportNow).stdout
    }
    // Markdown: in a fence longer than the text's own `~~~` line.
    #expect(try export("--markdown").contains("~~~~text\n\(ShellHarness.reminderText)\n~~~~\n"))
    // HTML: escaped inside <pre>, and unescaped it is the text again.
    let html = try export("--html")
    let pre = try #require(
      html.components(separatedBy: "<pre>").dropFirst()
        .map { String($0.prefix { $0 != "<" }) }
        .first { $0.hasPrefix("Dear Sam") })
    #expect(HTMLEntities.decode(pre) == ShellHarness.reminderText)
    // CSV: one quoted field, line breaks and doubled quotes read back exactly.
    let rows = try EvidenceCSVReader.rows(try export("--csv"))
    let fullText = try #require(rows.first?.firstIndex(of: "full_text"))
    #expect(rows.first { $0.first == "4" }?[fullText] == ShellHarness.reminderText)
    // JSON.
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try export("--json").utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(
      entries.first { $0["seq"] as? Int == 4 }?["full_text"] as? String
        == ShellHarness.reminderText)
  }

  @Test("an intact journal: the record says so, with the line count, last hash and file hash")
  func intactVerification() throws {
    let (harness, record) = try Self.fixture()
    let bytes = harness.journal("acme-sons")
    let lastLine = try #require(bytes.split(separator: 0x0A).last)
    #expect(record.journal.fileName == "acme-sons.jsonl")
    #expect(record.journal.sha256 == SHA256.hexHash(bytes))
    #expect(record.journal.verification.isIntact)
    #expect(record.journal.verification.lineCount == 12)
    #expect(record.journal.verification.lastHash == SHA256.hexHash(lastLine))
    #expect(record.journal.verification.brokenLine == nil)
  }

  @Test("a hand-edited middle line: the export still works and says BROKEN at the right line")
  func tamperedMiddleLine() throws {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    try harness.tamper(
      "acme-sons", line: 5, replacing: "posted a copy of the invoice", with: "posted it twice")
    let tampered = harness.journal("acme-sons")

    let run = try harness.oneShot(
      ["export", "--case", "acme", "--markdown"], at: ShellHarness.exportNow)
    #expect(run.status == .success, "\(run.stderr)")
    // Line 5 was changed, so line 6's `prev` no longer matches: line 6 is the first to fail.
    let expected =
      "**BROKEN at line 6: line 5 was changed after it was written: its SHA-256 no longer "
      + "matches the one recorded on line 6** Do not rely on this journal as evidence"
    #expect(run.stdout.contains("- Hash chain: \(expected)"), "\(run.stdout)")
    #expect(run.stdout.contains("SHA-256 of the whole file: `\(SHA256.hexHash(tampered))`"))
    #expect(run.stdout.contains("Summary: posted it twice"), "the record shows the file as it is")
    #expect(run.stderr.contains("does not verify: BROKEN at line 6"))
    #expect(harness.journal("acme-sons") == tampered, "the export changed the journal")

    let record = try harness.evidenceRecord("acme-sons")
    #expect(!record.journal.verification.isIntact)
    #expect(record.journal.verification.brokenLine == 6)
    // Each entry's hash is of its line as the file holds it now, the changed one included.
    #expect(
      record.entries.map(\.hash) == tampered.split(separator: 0x0A).map { SHA256.hexHash($0) })
    let url = URL(fileURLWithPath: harness.journalPath("acme-sons"))
    #expect(try Journal.verify(url) == .broken(line: 6, problem: .hashMismatch(changedLine: 5)))

    let json = try harness.oneShot(
      ["export", "--case", "acme", "--json"], at: ShellHarness.exportNow
    ).stdout
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let journal = try #require(object["journal"] as? [String: Any])
    #expect(journal["intact"] as? Bool == false)
    #expect(journal["broken_line"] as? Int == 6)
    #expect((journal["problem"] as? String)?.hasPrefix("line 5 was changed") == true)
    #expect(journal["line_count"] is NSNull)
  }

  @Test("the last line removed: the seal catches it and the record says where")
  func lastLineRemoved() throws {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    let lines = harness.journal("acme-sons").split(separator: 0x0A)
    let shortened = Data(lines.dropLast().map { Data($0) + Data([0x0A]) }.joined())
    try shortened.write(to: URL(fileURLWithPath: harness.journalPath("acme-sons")))

    let record = try harness.evidenceRecord("acme-sons")
    #expect(record.journal.verification.brokenLine == 12)
    #expect(record.journal.verification.sentence.hasPrefix("BROKEN at line 12: parley wrote 12"))
    #expect(record.entries.count == 11)
  }

  @Test("plans: agreed, revised with a reason, cancelled; unpaid installments say cancelled")
  func revisedAndCancelledPlan() throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let now = "2026-11-29T10:00:00Z"
    try harness.succeed(
      [
        "plan", "custom", "--case", "acme", "--installments",
        "2026-12-01 £600.25; 2027-01-04 £600.25", "--agree",
      ], at: now)
    let agreed = try harness.evidenceRecord("acme-ltd", at: now)
    try harness.succeed(["paid", "--case", "acme", "£600.25", "--on", "2026-11-29"], at: now)
    let paid = try harness.evidenceRecord("acme-ltd", at: now)
    try harness.succeed(
      [
        "plan", "revise", "--case", "acme", "--installments",
        "2027-01-04 £300; 2027-02-01 £300.25", "--reason", "they lost a customer",
      ], at: now)
    try harness.succeed(
      ["plan", "cancel", "--case", "acme", "--reason", "they will pay the rest by card"], at: now)
    let record = try harness.evidenceRecord("acme-ltd")

    #expect(agreed.plans.first?.installments.map(\.statusCode) == ["upcoming", "upcoming"])
    #expect(paid.plans.first?.installments.map(\.status) == ["paid", "upcoming"])
    let plan = try #require(record.plans.first)
    #expect(plan.status == "cancelled")
    #expect(plan.installments.map(\.amount.plainDecimal) == ["300.00", "300.25"])
    #expect(plan.installments.map(\.status) == ["cancelled", "cancelled"])
    #expect(plan.revisions.map(\.value) == ["they lost a customer"])
    #expect(plan.cancellation?.value == "they will pay the rest by card")
    let entries = record.entries(in: .plans)
    #expect(entries.map(\.type) == ["plan.agreed", "plan.revised", "plan.cancelled"])
    #expect(
      entries.map(\.title)
        == ["Payment plan agreed", "Payment plan revised", "Payment plan cancelled"])
    #expect(
      entries[1].details.contains(EvidenceDetail(label: "reason", value: "they lost a customer")))
    #expect(
      entries[2].details.contains(
        EvidenceDetail(label: "reason", value: "they will pay the rest by card")))
  }
}
