import Foundation
import Testing

@testable import ParleyShell

@Suite("export: where it writes, and what it refuses")
struct EvidenceExportCommandTests {
  @Test("--out FOLDER writes all four formats, 0600, the same as to standard output")
  func outFolder() throws {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    let folder = try ExportFolder()
    let target = folder.path("evidence/new")
    let run = try harness.oneShot(
      ["export", "--case", "acme", "--out", target], at: ShellHarness.exportNow)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("Wrote the record of acme-sons (12 entries; journal intact) to "))
    for (format, flag) in [
      ("md", "--markdown"), ("html", "--html"), ("csv", "--csv"), ("json", "--json"),
    ] {
      let name = "evidence/new/acme-sons-evidence.\(format)"
      let printed = try harness.oneShot(
        ["export", "--case", "acme", flag], at: ShellHarness.exportNow)
      #expect(folder.text(name) == printed.stdout, "\(name) differs from \(flag) on stdout")
      let attributes = try FileManager.default.attributesOfItem(atPath: folder.path(name))
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(name)")
    }
  }

  @Test("--shared --out FOLDER writes the shared version in Markdown, HTML and JSON, no CSV")
  func sharedOutFolder() throws {
    let harness = try ShellHarness()
    try harness.makePrivateCase()
    let folder = try ExportFolder()
    let run = try harness.oneShot(
      ["export", "--case", "acme", "--shared", "--out", folder.path("shared")],
      at: ShellHarness.exportNow)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "Wrote the version for sharing of the record of acme-ltd (12 of 18 entries; 6 left out, "
          + "which show your own position; journal intact) to "), "\(run.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path("shared")).sorted() == [
        "acme-ltd-evidence-shared.html", "acme-ltd-evidence-shared.json",
        "acme-ltd-evidence-shared.md",
      ])
    for (format, flag) in [("md", "--markdown"), ("html", "--html"), ("json", "--json")] {
      let name = "shared/acme-ltd-evidence-shared.\(format)"
      let printed = try harness.oneShot(
        ["export", "--case", "acme", "--shared", flag], at: ShellHarness.exportNow)
      #expect(folder.text(name) == printed.stdout, "\(name) differs from --shared \(flag)")
    }
  }

  @Test("FILE picks the format by its extension; '-' is standard output")
  func fileByExtension() throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let folder = try ExportFolder()
    let markdown = try harness.oneShot(["export", "--markdown"], at: ShellHarness.exportNow).stdout
    for name in ["a.md", "b.markdown", "c.MD"] {
      let run = try harness.oneShot(["export", folder.path(name)], at: ShellHarness.exportNow)
      #expect(run.status == .success, "\(run.stderr)")
      #expect(folder.text(name) == markdown)
    }
    let csv = try harness.oneShot(["export", folder.path("d.csv")], at: ShellHarness.exportNow)
    #expect(csv.status == .success)
    #expect(folder.text("d.csv").hasPrefix("seq,recorded_at,time_zone,type,title,on,"))
    // A flag wins over the extension.
    _ = try harness.oneShot(["export", "--json", folder.path("e.txt")], at: ShellHarness.exportNow)
    #expect(folder.text("e.txt").hasPrefix("{\n"))
    let dash = try harness.oneShot(["export", "--markdown", "-"], at: ShellHarness.exportNow)
    #expect(dash.stdout == markdown)
  }

  /// Refusals: the words after the case, the exit status, and part of the message.
  static let refusals: [([String], ParleyShell.ExitStatus, String)] = [
    (["--case", "nobody", "--markdown"], .failure, "no case matches 'nobody'"),
    ([], .usage, "say which format: --markdown, --html, --csv or --json"),
    (["notes.txt"], .usage, "'notes.txt' does not end in .md, .html, .csv or .json"),
    (["--markdown", "--csv"], .usage, "one format at a time (--markdown, --csv)"),
    (["--out", "{folder}/x", "--json"], .usage, "--out FOLDER writes every format"),
    (["a.md", "b.md"], .usage, "'export' takes one argument, but was also given 'b.md'"),
    (["--markdown", ""], .usage, "the FILE name is empty"),
    (["--html", "--bogus"], .usage, "Unknown option '--bogus'"),
    (
      ["--markdown", "{folder}/no-such-folder/x.md"], .failure,
      "could not write {folder}/no-such-folder/x.md"
    ),
    (["--markdown", "{folder}"], .failure, "could not write {folder}"),
    (["--out", "{folder}/a-file"], .failure, "is a file, not a folder"),
    (["--markdown", "{workspace}/cases/acme-ltd.jsonl"], .failure, "inside parley's workspace"),
    (["--out", "{workspace}"], .failure, "inside parley's workspace"),
    (["--csv", "{workspace}/../{home}/x.csv"], .failure, "inside parley's workspace"),
    (
      ["--shared", "--csv"], .usage,
      "--shared writes Markdown, HTML or JSON: a CSV has no place to say which entries were "
        + "left out"
    ),
    (["--shared", "{folder}/x.csv"], .usage, "--shared writes Markdown, HTML or JSON"),
  ]

  @Test(
    "refused with a clear message and exit status; the journal and folder unchanged",
    arguments: refusals)
  func refuses(words: [String], status: ParleyShell.ExitStatus, message: String) throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let folder = try ExportFolder()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder.path("a-file")))
    let fill = { (text: String) in
      text.replacingOccurrences(of: "{folder}", with: folder.url.path)
        .replacingOccurrences(of: "{workspace}", with: harness.home.path)
        .replacingOccurrences(of: "{home}", with: harness.home.lastPathComponent)
    }
    let journal = harness.journal("acme-ltd")
    let workspace = try FileManager.default.contentsOfDirectory(
      atPath: harness.home.path + "/cases")
    let run = try harness.oneShot(["export"] + words.map(fill), at: ShellHarness.exportNow)
    #expect(run.status == status, "\(words): \(run.stderr)")
    #expect(run.stderr.contains(fill(message)), "\(words): \(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(harness.journal("acme-ltd") == journal, "the journal changed")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: harness.home.path + "/cases").sorted()
        == workspace.sorted())
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a-file"],
      "something was written")
  }

  @Test("help describes export: usage, options and examples")
  func help() throws {
    let harness = try ShellHarness()
    let run = try harness.oneShot(["help", "export"])
    #expect(run.status == .success)
    #expect(
      ExportCommand.spec.usage
        == "export [FILE] [--case CASE] [--markdown] [--html] [--csv] [--json] [--excel] "
        + "[--shared] [--out FOLDER]")
    #expect(run.stdout.contains("export --excel acme.csv"), "\(run.stdout)")
    #expect(run.stdout.contains("export --shared --html acme-for-mediator.html"), "\(run.stdout)")
    #expect(run.stdout.contains("--shared"), "\(run.stdout)")
    #expect(run.stdout.hasPrefix("export — Write the whole case as a record"), "\(run.stdout)")
    #expect(run.stdout.contains("Examples\n  export --markdown\n"), "\(run.stdout)")
  }
}
