import Foundation
import Testing

@Suite("End-to-end: export, the evidence record")
struct EvidenceExportTests {
  /// `Scripts/check-html`, beside the tests.
  static let checkHTML = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParleyEndToEndTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()
    .appendingPathComponent("Scripts/check-html").path

  /// Whether headless Chromium is there (installed by `Scripts/check-html --install` if not).
  static let hasChromium: Bool = {
    let result = try? ParleyProcess.run(
      executable: checkHTML, arguments: ["--install"],
      environment: ProcessInfo.processInfo.environment, timeout: 900)
    return result?.status == 0
  }()

  static let skipMessage =
    "skipped: chromium could not be installed (Scripts/check-html --install: apt-get install "
    + "chromium failed or needs root); install Debian's chromium to run the HTML check"

  /// Runs `Scripts/check-html` on `files`.
  static func runCheck(_ files: [String]) throws -> ParleyResult {
    try ParleyProcess.run(
      executable: checkHTML, arguments: files,
      environment: ProcessInfo.processInfo.environment, timeout: 300)
  }

  /// An email sent in full, with quotes, markup and emoji that must come out as written.
  static let emailText = """
    Dear Sam,

    Invoice "INV-042" is now 8 days overdue. <script>alert('x')</script>
    Could you let me know when to expect payment? 🙂
    Alex & team
    """

  /// Acme Ltd with an email in full, a call, a payment voided, and a note.
  static func evidenceCase() throws -> ParleySandbox {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    try sandbox.succeed(
      "log", "--case", "acme", "--channel", "email", "--out", "--on", "2026-10-09",
      "--summary", "second reminder <b>", "--text", stdin: emailText + "\n.\n")
    try sandbox.succeed(
      "log", "--case", "acme", "--channel", "phone", "--in", "--on", "2026-10-02",
      "--summary", "they asked for a copy")
    try sandbox.succeed("paid", "--case", "acme", "£100", "--on", "2026-11-20")
    try sandbox.succeed("void", "--case", "acme", "5", "--reason", "it was another client's")
    try sandbox.succeed("note", "--case", "acme", "Sam: \"we'll pay in January\" & thanks")
    return sandbox
  }

  @Test(
    "the HTML page renders in headless Chromium: no console errors, no loads, prints",
    .enabled(if: EvidenceExportTests.hasChromium, "\(EvidenceExportTests.skipMessage)"))
  func htmlRendersInChromium() throws {
    let sandbox = try Self.evidenceCase()
    let page = sandbox.path("acme evidence.html")
    let export = try sandbox.run(["export", "--case", "acme", "--html", page])
    #expect(export.status == 0, "\(export)")
    let check = try Self.runCheck([page])
    #expect(check.status == 0, "check-html: \(check)")
    #expect(check.stdout.contains("renders cleanly"), "\(check)")
  }

  @Test(
    "the Chromium check is not a formality: it fails a page with errors and loads",
    .enabled(if: EvidenceExportTests.hasChromium, "\(EvidenceExportTests.skipMessage)"))
  func checkCatchesBrokenPage() throws {
    let sandbox = try ParleySandbox()
    let page = sandbox.path("broken.html")
    try Data(
      """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head>
      <body><p>x</p><img src="missing.png"><script>undefinedFunction()</script></body></html>
      """.utf8
    ).write(to: URL(fileURLWithPath: page))
    let check = try Self.runCheck([page])
    #expect(check.status == 1, "\(check)")
    #expect(check.stderr.contains("undefinedFunction is not defined"), "\(check)")
    #expect(check.stderr.contains("loads file://"), "\(check)")
  }

  @Test("Markdown from the built binary: contacts in time order, full text, void, verification")
  func markdownFromBinary() throws {
    let sandbox = try Self.evidenceCase()
    let journal = try sandbox.journal()
    let result = try sandbox.run(["export", "--case", "acme", "--markdown"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let text = result.stdout
    let call = try #require(text.range(of: "): Phone call from the client")).lowerBound
    let email = try #require(text.range(of: "): Email sent to the client")).lowerBound
    #expect(call < email, "the call on 2 Oct happened before the email on 9 Oct")
    #expect(text.contains("~~~text\n\(Self.emailText)\n~~~\n"))
    #expect(text.contains("Summary: second reminder \\<b\\>"))
    #expect(text.contains("- **VOID**: cancelled by entry 6: it was another client's"))
    #expect(text.contains("- Hash chain: intact: 7 lines"))
    #expect(text.contains("| Generated | 2026-11-29T10:00:00Z (Europe/London) |"))
    #expect(text.contains("This record was produced by parley. It is not legal advice."))
    #expect(try sandbox.journal() == journal)
  }

  /// The session a user might type: an email in full from a file, both sides'
  /// cash flow, plans proposed, a private note, a call, a dispute, a letter
  /// before claim past the guard's warnings, a promise, a payment and a plan
  /// agreed; then both versions of the record into one folder.
  static let twoVersionsSession = [
    "new --client \"Acme Ltd\" --contact \"Sam <sam@acme.example>\" --invoice INV-042 "
      + "--amount £1,200.50 --issued 2026-09-01 --due 2026-10-01",
    "open acme-ltd",
    "log --channel email --out --on 2026-10-08 --summary \"first reminder\" "
      + "--text-file reminder.txt",
    "cashflow --need £400 --need-by 2026-12-31 --rest-by 2027-03-31 --keep-client yes "
      + "--can-pay \"£200 a month\" --from 2026-12-01",
    "plan",
    "note I would settle for £900 if pushed",
    "log --channel phone --in --on 2026-10-22 --summary \"Sam says the second phase was late\"",
    "dispute --about \"says the second phase was delivered late\" --amount £300 --on 2026-10-22",
    "escalate letter-before-claim-sent --override \"they asked for it in writing\"",
    "promise --by 2026-12-15 --amount £500",
    "paid £500 --on 2026-11-20",
    "plan custom --installments \"2026-12-15 £350.25; 2027-01-15 £350.25\" --agree",
    "export --out evidence",
    "export --shared --out evidence",
  ]

  @Test(
    "both versions of a scripted case: the shared one leaves out the user's position, says so, and its hashes match the journal"
  )
  func bothVersions() throws {
    let sandbox = try ParleySandbox()
    let reminder = "Dear Sam,\n\nInvoice INV-042 (£1,200.50) was due on 1 October.\nAlex\n"
    try Data(reminder.utf8).write(to: URL(fileURLWithPath: sandbox.path("reminder.txt")))
    let session = try sandbox.script(Self.twoVersionsSession)
    #expect(session.status == 0, "\(session)")
    #expect(
      session.stderr.contains(
        "Wrote the version for sharing of the record of acme-ltd (9 of 13 entries; 4 left out, "
          + "which show your own position; journal intact)"), "\(session)")
    let folder = sandbox.path("evidence")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
        "acme-ltd-evidence-shared.html", "acme-ltd-evidence-shared.json",
        "acme-ltd-evidence-shared.md", "acme-ltd-evidence.csv", "acme-ltd-evidence.html",
        "acme-ltd-evidence.json", "acme-ltd-evidence.md",
      ])
    let read = { (name: String) throws -> String in
      try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
    }
    let shared = try read("acme-ltd-evidence-shared.md")
    let full = try read("acme-ltd-evidence.md")

    // What shows the user's position is in the full record only.
    let privateTexts = [
      "You need: £400.00", "2027-03-31", "Keep the client: yes", "£900",
      "they asked for it in writing", "skip-mediation", "## Cash flow", "## Notes",
      "## Warnings overridden", "Plan options proposed",
    ]
    for text in privateTexts {
      #expect(full.contains(text), "the full record lacks '\(text)'")
      #expect(!shared.contains(text), "the shared version holds '\(text)'")
    }
    let fullHTML = try read("acme-ltd-evidence.html")
    let sharedHTML = try read("acme-ltd-evidence-shared.html")
    for text in [
      "£400.00", "2027-03-31", "£900", "they asked for it in writing", "skip-mediation",
      "Plan options proposed", "<h2>Cash flow</h2>", "<h2>Notes</h2>",
    ] {
      #expect(fullHTML.contains(text), "the full HTML lacks '\(text)'")
      #expect(!sharedHTML.contains(text), "the shared HTML holds '\(text)'")
    }
    // It says so at the top, with the kinds and counts.
    let statement = try #require(shared.range(of: "## This version: for sharing\n"))
    let header = try #require(shared.range(of: "| Case | acme-ltd |"))
    #expect(statement.lowerBound < header.lowerBound)
    for line in [
      "It leaves out 4 of the journal's 13 entries", "- 1 cash-flow note: ",
      "- 1 plan proposal: ", "- 1 private note: ", "- 1 warning overridden: ",
    ] {
      #expect(shared.contains(line), "the statement lacks '\(line)'")
    }
    #expect(full.contains("## This version: the full record\n"))

    // The facts stay, and each entry's hash is its journal line's.
    let lines = try sandbox.journalLines()
    let json = try #require(
      try parseJSON(try read("acme-ltd-evidence-shared.json")) as? [String: Any])
    let entries = try #require(json["entries"] as? [[String: Any]])
    #expect(entries.compactMap { $0["seq"] as? Int } == [1, 2, 3, 7, 8, 10, 11, 12, 13])
    for entry in entries {
      let seq = try #require(entry["seq"] as? Int)
      let hash = try Self.sha256(lines[seq - 1])
      #expect(entry["hash"] as? String == hash, "entry \(seq)")
      #expect(shared.contains("| `\(hash)` |"), "entry \(seq)'s hash is not in the table")
    }
    #expect(shared.contains("Invoice INV-042 (£1,200.50) was due on 1 October."))
    #expect(shared.contains("- Full text: see Exhibit 1"))
    #expect(shared.contains("### Exhibit 1: Email sent to the client, 2026-10-08"))
    #expect(shared.contains("### Entry 10: Letter before claim sent"))
    #expect(shared.contains("says the second phase was delivered late"))
    #expect(shared.contains("| Claimant | not set — run 'parley me' to add your name |"))
  }

  /// The SHA-256 of `line` in hex, by `sha256sum`: a check independent of parley's own hashing.
  static func sha256(_ line: String) throws -> String {
    let result = try ParleyProcess.run(
      executable: "/usr/bin/sha256sum", arguments: [], stdin: Data(line.utf8),
      environment: ProcessInfo.processInfo.environment, timeout: 20)
    try #require(result.status == 0, "sha256sum: \(result)")
    return String(result.stdout.prefix(64))
  }

  @Test(
    "the shared HTML renders in headless Chromium too",
    .enabled(if: EvidenceExportTests.hasChromium, "\(EvidenceExportTests.skipMessage)"))
  func sharedHTMLRendersInChromium() throws {
    let sandbox = try Self.evidenceCase()
    let page = sandbox.path("acme shared.html")
    let export = try sandbox.run(["export", "--case", "acme", "--shared", "--html", page])
    #expect(export.status == 0, "\(export)")
    let check = try Self.runCheck([page])
    #expect(check.status == 0, "check-html: \(check)")
  }

  @Test("a journal edited by hand: export works, says BROKEN at the line; verify agrees")
  func tamperedJournal() throws {
    let sandbox = try Self.evidenceCase()
    var lines = try sandbox.journalLines()
    lines[2] = lines[2].replacingOccurrences(of: "second reminder", with: "polite reminder")
    let tampered = Data((lines.joined(separator: "\n") + "\n").utf8)
    try tampered.write(to: sandbox.journalURL())

    let export = try sandbox.script(["export --case acme --json"])
    #expect(export.status == 0, "\(export)")
    let object = try #require(try parseJSON(export.stdout) as? [String: Any])
    let journal = try #require(object["journal"] as? [String: Any])
    #expect(journal["intact"] as? Bool == false)
    #expect(journal["broken_line"] as? Int == 4)
    #expect(export.stderr.contains("does not verify: BROKEN at line 4"), "\(export)")

    let verify = try sandbox.run(["verify", "--case", "acme"])
    #expect(verify.status == 1)
    #expect(verify.stdout.contains("line 4: line 3 was changed"), "\(verify)")
    #expect(try sandbox.journal() == tampered, "the export changed the journal")
  }

  @Test("refusals from the binary: unknown case, unwritable path; exit 1, journal unchanged")
  func refusals() throws {
    let sandbox = try Self.evidenceCase()
    let journal = try sandbox.journal()
    let unknown = try sandbox.run(["export", "--case", "nobody", "--markdown"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no case matches 'nobody'"), "\(unknown)")
    let missing = sandbox.path("no/such/folder/x.html")
    let unwritable = try sandbox.run(["export", "--case", "acme", "--html", missing])
    #expect(unwritable.status == 1)
    #expect(unwritable.stderr.contains("could not write \(missing)"), "\(unwritable)")
    let usage = try sandbox.run(["export", "--case", "acme"])
    #expect(usage.status == 2, "\(usage)")
    #expect(try sandbox.journal() == journal)
    #expect(!FileManager.default.fileExists(atPath: missing))
  }
}
