import Foundation
import ParleyKit
import ParleyStore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `verify` names the first line that fails, and why.
@Suite struct JournalVerificationTests {
  /// A case with six lines: opened, then invoices for £101.50 … £105.50.
  private func sixLines(_ temp: TemporaryWorkspace) throws -> Journal {
    var journal = try temp.openCase()
    for index in 1...5 {
      try journal.append(
        Fixtures.invoice(index, pounds: Int64(100 + index)),
        at: Fixtures.time(
          Int64(index)))
    }
    #expect(try journal.verify().isIntact)
    return journal
  }

  @Test("a large journal, read in pieces on several cores, is judged line for line as a small one")
  func largeJournalReadInPieces() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    let padding = String(repeating: "a long note for the record ", count: 8)
    try journal.append(
      contentsOf: (1...2_500).map { Fixtures.note("\(padding)\($0)") }, at: Fixtures.time(1))
    let url = journal.url
    #expect(try temp.bytes(url).count > 512 * 1024)
    let opened = try Journal.open(url, headCacheSize: .max)
    #expect(opened.records.map(\.seq) == Array(1...2_501))
    #expect(opened.records == journal.records)
    #expect(try Journal.verify(url) == .intact(lineCount: 2_501, lastHash: journal.lastHash))

    // A line far into the file, in a later piece, unreadable: named exactly.
    var lines = try temp.lines(url)
    lines[2_100] = Array("{not json".utf8)
    try temp.writeLines(url, lines)
    guard case .broken(let line, .notJSON) = try Journal.verify(url) else {
      Issue.record("an unreadable line was not reported")
      return
    }
    #expect(line == 2_101)
    #expect {
      try Journal.open(url, headCacheSize: .max)
    } throws: { error in
      guard case .damagedJournal(_, 2_101, .notJSON) = error as? StoreError else { return false }
      return true
    }
  }

  @Test func handEditedAmountNamesTheChangedLine() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    let text = String(decoding: lines[2], as: UTF8.self)
    #expect(text.contains(#""amount":"102.50""#))
    lines[2] = Array(text.replacing(#""amount":"102.50""#, with: #""amount":"182.50""#).utf8)
    try temp.writeLines(journal.url, lines)
    let before = try temp.bytes(journal.url)

    let result = try Journal.verify(journal.url)
    #expect(result == .broken(line: 4, problem: .hashMismatch(changedLine: 3)))
    #expect(
      result.description
        == "broken at line 4: line 3 was changed after it was written: its SHA-256 no longer"
        + " matches the one recorded on line 4")
    #expect(try temp.bytes(journal.url) == before)
  }

  @Test func deletedLineNamesTheGap() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    lines.remove(at: 3)
    try temp.writeLines(journal.url, lines)
    let result = try Journal.verify(journal.url)
    #expect(result == .broken(line: 4, problem: .missingLines(expected: 4, found: 5)))
    #expect(
      result.description
        == "broken at line 4: seq jumps from 3 to 5: the line with seq 4 is missing (deleted)")
  }

  @Test func deletedFirstLineIsCaught() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    try temp.writeLines(journal.url, Array(try temp.lines(journal.url).dropFirst()))
    #expect(try journal.verify() == .broken(line: 1, problem: .missingLines(expected: 1, found: 2)))
  }

  @Test func deletedLastLinesAreCaughtByTheSeal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    try temp.writeLines(journal.url, Array(try temp.lines(journal.url).dropLast(2)))
    let result = try journal.verify()
    #expect(result == .broken(line: 5, problem: .linesRemovedAtEnd(written: 6, found: 4)))
    #expect(
      result.description
        == "broken at line 5: parley wrote 6 lines but the journal ends at line 4: the last 2"
        + " lines were removed")
  }

  @Test func anEditedLastLineIsCaughtByTheSeal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    let text = String(decoding: lines[5], as: UTF8.self)
    lines[5] = Array(text.replacing(#""amount":"105.50""#, with: #""amount":"1.50""#).utf8)
    try temp.writeLines(journal.url, lines)
    #expect(try journal.verify() == .broken(line: 6, problem: .sealMismatch(line: 6)))
  }

  @Test func aSealOneLineBehindAfterACrashIsAllowed() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    let sealURL = journal.url.deletingLastPathComponent()
      .appendingPathComponent(journal.url.lastPathComponent + ".seal")
    let lines = try temp.lines(journal.url)
    let fifth = SHA256.hexHash(lines[4])
    try Data("{\"hash\":\"\(fifth)\",\"seq\":5}\n".utf8).write(to: sealURL)
    #expect(try journal.verify().isIntact)
  }

  @Test func theSealIsPrivate() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    let sealPath = journal.url.path + ".seal"
    var info = stat()
    #expect(stat(sealPath, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func reorderedLinesAreCaught() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    lines.swapAt(2, 3)
    try temp.writeLines(journal.url, lines)
    let result = try journal.verify()
    #expect(
      result == .broken(line: 3, problem: .outOfOrder(expected: 3, found: 4, expectedAtLine: 4)))
    #expect(
      result.description
        == "broken at line 3: seq 4 where 3 was expected: lines are out of order or repeated"
        + " (seq 3 is on line 4)")
  }

  @Test func renumberedReorderIsCaughtByTheChain() throws {
    // Swap two lines and fix their seq numbers by hand: the hashes still give it away.
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url).map { String(decoding: $0, as: UTF8.self) }
    lines.swapAt(2, 3)
    lines[2] = lines[2].replacing(#""seq":4"#, with: #""seq":3"#)
    lines[3] = lines[3].replacing(#""seq":3"#, with: #""seq":4"#)
    try temp.writeLines(journal.url, lines.map { Array($0.utf8) })
    #expect(try journal.verify() == .broken(line: 3, problem: .hashMismatch(changedLine: 2)))
  }

  @Test func duplicatedLineIsCaught() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    lines.insert(lines[2], at: 3)
    try temp.writeLines(journal.url, lines)
    #expect(
      try journal.verify()
        == .broken(line: 4, problem: .outOfOrder(expected: 4, found: 3, expectedAtLine: 5)))
  }

  @Test func badJSONIsNamed() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url)
    lines[4] = Array(lines[4].dropLast())
    try temp.writeLines(journal.url, lines)
    let result = try journal.verify()
    guard case .broken(5, .notJSON) = result else {
      Issue.record("expected bad JSON on line 5, got \(result)")
      return
    }
  }

  @Test func firstLineMustChainFromZeros() throws {
    let temp = try TemporaryWorkspace()
    let journal = try sixLines(temp)
    var lines = try temp.lines(journal.url).map { String(decoding: $0, as: UTF8.self) }
    let zeros = String(repeating: "0", count: 64)
    lines[0] = lines[0].replacing(zeros, with: "1" + zeros.dropFirst())
    try temp.writeLines(journal.url, lines.map { Array($0.utf8) })
    #expect(try journal.verify() == .broken(line: 1, problem: .firstLineNotGenesis))
  }

  @Test func verifyAllReportsEachCase() throws {
    let temp = try TemporaryWorkspace()
    let acme = try sixLines(temp)
    let other = try temp.openCase(client: "Zeta Studio")
    var lines = try temp.lines(acme.url)
    lines.remove(at: 1)
    try temp.writeLines(acme.url, lines)
    let results = try temp.workspace.verifyAll()
    #expect(results.map(\.caseID) == ["acme-ltd", "zeta-studio"])
    #expect(results[0].result == .broken(line: 2, problem: .missingLines(expected: 2, found: 3)))
    #expect(results[1].result == .intact(lineCount: 1, lastHash: other.records[0].hash))
  }
}
