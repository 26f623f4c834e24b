import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Safe output: text from outside never drives the terminal, files stay private,
/// and bad bytes or far-off dates are refused.
@Suite("Safe output: escapes shown, files private, bad bytes and far dates refused")
struct SafeOutputTests {
  @Test("an OSC 52 note and an OSC 0 client name are shown escaped, never sent raw")
  func escapeSequencesAreShown() throws {
    let sandbox = try ParleySandbox()
    try sandbox.succeed(
      "new", "--client", "Evil\u{1B}]0;pwned\u{07}Co", "--invoice", "1", "--amount", "£5",
      "--issued", "2026-09-01", "--due", "2026-10-01")
    let id = try #require(sandbox.caseFiles().first { $0.hasSuffix(".jsonl") })
      .replacingOccurrences(of: ".jsonl", with: "")
    try sandbox.succeed("note", "--case", id, "clip \u{1B}]52;c;aGVsbG8=\u{07} done")
    for arguments in [["show", "--case", id], ["cases"], ["export", "--case", id, "--markdown"]] {
      let result = try sandbox.run(arguments)
      #expect(result.status == 0, "\(result)")
      #expect(!result.stdoutData.contains(0x1B), "raw ESC in \(arguments): \(result)")
      #expect(!result.stdoutData.contains(0x07), "raw BEL in \(arguments): \(result)")
    }
    #expect(try sandbox.run("show", "--case", id).stdout.contains("clip ^[]52;c;aGVsbG8=^G done"))
    // The journal keeps the exact text: it is the evidence.
    let notes = try sandbox.entries(ofType: "note", in: id).compactMap { $0["text"] as? String }
    #expect(notes == ["clip \u{1B}]52;c;aGVsbG8=\u{07} done"])
  }

  @Test("plan export files are 0600 even under umask 022, like every other export")
  func exportFilesArePrivate() throws {
    let sandbox = try PlanExportTests.agreedPlan()
    let previous = umask(0o022)
    defer { umask(previous) }
    let caseID = PlanExportTests.caseID
    try sandbox.succeed("plan", "export", "--case", caseID, "--ics", "plan.ics")
    try sandbox.succeed("plan", "export", "--case", caseID, "--csv", "plan.csv")
    try sandbox.succeed("export", "--case", caseID, "record.md")
    for name in ["plan.ics", "plan.csv", "record.md"] {
      let path = sandbox.root.appendingPathComponent(name).path
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
    }
  }

  @Test("a workspace folder found open to others is closed to 0700")
  func workspaceIsTightened() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    chmod(sandbox.workspace.path, 0o755)
    chmod(sandbox.casesFolder.path, 0o755)
    try sandbox.succeed("cases")
    for folder in [sandbox.workspace, sandbox.casesFolder] {
      let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
      #expect((attributes[.posixPermissions] as? Int) == 0o700, "\(folder.path)")
    }
  }

  @Test("a script line that is not UTF-8 is refused with its line number; nothing is recorded")
  func invalidUTF8() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    var input = Data("cases\nnote --case acme ab".utf8)
    input.append(contentsOf: [0xFF, 0xFE])
    input.append(Data("cd\n".utf8))
    let result = try ParleyProcess.run(
      executable: sandbox.executable, arguments: [], stdin: input,
      environment: sandbox.environment(), directory: sandbox.root, timeout: 20)
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("stdin:2: this line is not UTF-8 text"), "\(result)")
    #expect(try sandbox.journal() == before)
  }

  @Test("a date outside 1900 to 2200 is refused and nothing is saved")
  func farDates() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let result = try sandbox.run("paid", "£5", "--case", "acme", "--on", "0026-11-01")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("parley takes dates from 1900 to 2200"), "\(result)")
    #expect(try sandbox.journal() == before)
  }
}
