import Foundation
import ParleyKit
import ParleyStore
import Testing

/// Torn last lines: detected on open, set aside, never silently dropped.
@Suite struct JournalRecoveryTests {
  enum Tail: CaseIterable {
    /// The start of a line, cut off mid-write.
    case partial
    /// A whole valid line whose newline never made it.
    case wholeLineWithoutNewline
  }

  @Test(arguments: Tail.allCases)
  func tornTailIsSetAsideAndTheChainContinues(tail: Tail) throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.invoice(1, pounds: 100), at: Fixtures.time(1))
    try journal.append(Fixtures.note("called them"), at: Fixtures.time(2))
    let good = try temp.bytes(journal.url)
    let sealURL = URL(fileURLWithPath: journal.url.path + ".seal")
    let goodSeal = try temp.bytes(sealURL)

    // A copy of the journal gets a fourth line, written whole: steal its bytes.
    // A crash mid-write leaves the seal at the third line, as before.
    var scratch = journal
    try scratch.append(Fixtures.note("lost"), at: Fixtures.time(3))
    let fourth = Array(try temp.bytes(journal.url)[good.count...].dropLast())
    try temp.overwrite(journal.url, with: good)
    try temp.overwrite(sealURL, with: goodSeal)
    let torn: [UInt8] =
      switch tail {
      case .partial: Array(#"{"at":"2026-11-30T00:53:23Z","data":{"te"#.utf8)
      case .wholeLineWithoutNewline: fourth
      }
    try temp.appendRaw(journal.url, torn)

    #expect(
      try Journal.verify(journal.url)
        == .broken(
          line: 4, problem: .incompleteLastLine(byteCount: torn.count)))
    var reopened = try Journal.open(journal.url)
    let setAside = try #require(reopened.report.setAside.first)
    #expect(reopened.report.setAside.count == 1)
    #expect(setAside.byteCount == torn.count)
    #expect(setAside.keptLineCount == 3)
    #expect(
      setAside.sideFile.deletingLastPathComponent().path
        == journal.url
        .deletingLastPathComponent().path)
    #expect(setAside.sideFile.lastPathComponent.hasPrefix("acme-ltd.jsonl.torn-"))
    #expect(setAside.description.contains(setAside.sideFile.path))
    #expect(try temp.bytes(setAside.sideFile) == torn)
    #expect(try temp.bytes(journal.url) == good)
    #expect(reopened.records.count == 3)
    #expect(try reopened.verify().isIntact)

    let record = try reopened.append(Fixtures.note("after the crash"), at: Fixtures.time(4))
    #expect(record.seq == 4)
    #expect(record.prev == reopened.records[2].hash)
    #expect(try reopened.verify() == .intact(lineCount: 4, lastHash: record.hash))
    #expect(try temp.workspace.caseIDs() == ["acme-ltd"])

    // Opening again finds nothing more to repair.
    #expect(try Journal.open(journal.url).report.isClean)
  }

  @Test func appendSetsAsideATailTornAfterOpening() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try temp.appendRaw(journal.url, Array(#"{"at":"20"#.utf8))
    let record = try journal.append(Fixtures.note("next"), at: Fixtures.time(1))
    #expect(record.seq == 2)
    #expect(journal.report.setAside.count == 1)
    #expect(try journal.verify().isIntact)
  }
}
