import Foundation
import Testing

/// `--excel` on every CSV export of the built binary: a UTF-8 byte-order mark
/// first, so Excel on Windows shows £ and €, and otherwise the same bytes.
@Suite("CSV for Excel")
struct ExcelCSVTests {
  /// The UTF-8 encoding of U+FEFF.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test("plan export --csv --excel: a byte-order mark, then exactly the plain CSV")
  func planExport() throws {
    let sandbox = try PlanExportTests.paidInPart()
    let now = PlanExportTests.afterPayment
    let plain = sandbox.path("plain.csv")
    let excel = sandbox.path("excel.csv")
    let base = ["plan", "export", "--case", PlanExportTests.caseID]
    try sandbox.succeed(base + ["--csv", plain], at: now)
    let result = try sandbox.succeed(base + ["--csv", excel, "--excel"], at: now)
    #expect(result.stderr == "Wrote 3 rows to \(excel).\n")

    // By default nothing changes: no mark, RFC 4180 CRLF, the golden bytes.
    let plainBytes = try Self.bytes(plain)
    #expect(plainBytes == Array(PlanExportTests.crlf(PlanExportTests.csvGolden).utf8))
    #expect(Array(plainBytes.prefix(4)) == Array("case".utf8))
    let excelBytes = try Self.bytes(excel)
    #expect(Array(excelBytes.prefix(3)) == Self.byteOrderMark)
    #expect(Array(excelBytes.dropFirst(3)) == plainBytes)
  }

  @Test("plan export --excel without --csv is a usage error that says where it goes")
  func planExportWithoutCSV() throws {
    let sandbox = try PlanExportTests.agreedPlan()
    let journal = try sandbox.journal(PlanExportTests.caseID)
    let result = try sandbox.run([
      "plan", "export", "--case", PlanExportTests.caseID, "--text", "--excel",
    ])
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr.hasPrefix(
        "parley: --excel marks a CSV file for Excel; give it with --csv FILE\n"), "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(try sandbox.journal(PlanExportTests.caseID) == journal)
  }

  @Test("export --excel: the evidence CSV to a file, to standard output and in --out FOLDER")
  func evidenceExport() throws {
    let sandbox = try EvidenceExportTests.evidenceCase()
    let plain = sandbox.path("acme.csv")
    let excel = sandbox.path("acme-excel.csv")
    try sandbox.succeed("export", "--case", "acme", plain)
    try sandbox.succeed("export", "--case", "acme", "--excel", excel)
    let plainBytes = try Self.bytes(plain)
    #expect(Array(plainBytes.prefix(3)) != Self.byteOrderMark)
    #expect(Array(plainBytes.prefix(4)) == Array("seq,".utf8))
    #expect(try Self.bytes(excel) == Self.byteOrderMark + plainBytes)

    let stdout = try sandbox.succeed("export", "--case", "acme", "--csv", "--excel")
    #expect(Array(stdout.stdoutData) == Self.byteOrderMark + plainBytes)

    let folder = sandbox.path("evidence")
    try sandbox.succeed("export", "--case", "acme", "--excel", "--out", folder)
    #expect(try Self.bytes("\(folder)/acme-ltd-evidence.csv") == Self.byteOrderMark + plainBytes)
    let markdown = try Self.bytes("\(folder)/acme-ltd-evidence.md")
    #expect(Array(markdown.prefix(3)) != Self.byteOrderMark, "only the CSV gets the mark")
  }

  @Test("export --excel with no CSV to write is a usage error; nothing is written")
  func evidenceExportWithoutCSV() throws {
    let sandbox = try EvidenceExportTests.evidenceCase()
    let markdown = sandbox.path("acme.md")
    let result = try sandbox.run(["export", "--case", "acme", "--excel", markdown])
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr.hasPrefix(
        "parley: --excel marks a CSV for Excel; add --csv, or name a FILE ending in .csv\n"),
      "\(result)")
    #expect(!FileManager.default.fileExists(atPath: markdown))

    let folder = sandbox.path("shared")
    let shared = try sandbox.run([
      "export", "--case", "acme", "--shared", "--excel", "--out", folder,
    ])
    #expect(shared.status == 2, "\(shared)")
    #expect(
      shared.stderr.hasPrefix(
        "parley: --shared writes no CSV, so --excel has nothing to mark; leave it out\n"),
      "\(shared)")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }
}
