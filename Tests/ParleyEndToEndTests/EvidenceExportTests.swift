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
