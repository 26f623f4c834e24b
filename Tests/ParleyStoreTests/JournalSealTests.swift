import Foundation
import ParleyKit
import ParleyStore
import Testing

/// The seal bug: an append must never make a shortened or forged journal verify.
@Suite("Journal: an append checks the journal against its chain and its seal first")
struct JournalSealTests {
  /// A case of four lines, and its journal and seal bytes.
  private func fourLines(_ temp: TemporaryWorkspace) throws -> Journal {
    var journal = try temp.openCase()
    try journal.append(Fixtures.invoice(1, pounds: 100), at: Fixtures.time(1))
    try journal.append(Fixtures.note("first"), at: Fixtures.time(2))
    try journal.append(Fixtures.note("second"), at: Fixtures.time(3))
    return journal
  }

  private func sealURL(_ journal: Journal) -> URL {
    URL(fileURLWithPath: journal.url.path + ".seal")
  }

  /// Expects an append to `url` to be refused, and both files to stay as they were.
  private func expectRefused(
    _ temp: TemporaryWorkspace, _ url: URL, problem: (JournalError) -> Bool
  ) throws {
    let seal = URL(fileURLWithPath: url.path + ".seal")
    let before = try temp.bytes(url)
    let sealBefore = FileManager.default.contents(atPath: seal.path)
    var reopened = try Journal.open(url)
    #expect(!reopened.integrity.isIntact)
    #expect {
      try reopened.append(Fixtures.note("after"), at: Fixtures.time(9))
    } throws: { error in
      guard case StoreError.journalTampered(_, _, let found) = error else { return false }
      return problem(found)
    }
    #expect(try temp.bytes(url) == before)
    #expect(FileManager.default.contents(atPath: seal.path) == sealBefore)
  }

  @Test("last lines deleted: the append is refused and verify still says so")
  func deletedLastLines() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    try temp.writeLines(journal.url, Array(try temp.lines(journal.url).prefix(2)))
    try expectRefused(temp, journal.url) { $0 == .linesRemovedAtEnd(written: 4, found: 2) }
    #expect(
      try Journal.verify(journal.url)
        == .broken(line: 3, problem: .linesRemovedAtEnd(written: 4, found: 2)))
  }

  @Test("an append by a journal opened before the lines were deleted is refused too")
  func deletedWhileOpen() throws {
    let temp = try TemporaryWorkspace()
    var journal = try fourLines(temp)
    try temp.writeLines(journal.url, Array(try temp.lines(journal.url).prefix(3)))
    let before = try temp.bytes(journal.url)
    #expect(throws: StoreError.self) {
      try journal.append(Fixtures.note("after"), at: Fixtures.time(9))
    }
    #expect(try temp.bytes(journal.url) == before)
    #expect(!(try Journal.verify(journal.url)).isIntact)
  }

  @Test("the last line changed: the append is refused")
  func changedLastLine() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    var lines = try temp.lines(journal.url)
    lines[3] = Array(
      String(decoding: lines[3], as: UTF8.self)
        .replacingOccurrences(of: "second", with: "SECOND").utf8)
    try temp.writeLines(journal.url, lines)
    try expectRefused(temp, journal.url) { $0 == .sealMismatch(line: 4) }
  }

  @Test("a line changed in the middle (a forged amount): shown as broken, never appended to")
  func forgedMiddleLine() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    var lines = try temp.lines(journal.url)
    lines[1] = Array(
      String(decoding: lines[1], as: UTF8.self)
        .replacingOccurrences(of: "\"100.50\"", with: "\"1000.50\"").utf8)
    #expect(String(decoding: lines[1], as: UTF8.self).contains("1000.50"))
    try temp.writeLines(journal.url, lines)
    try expectRefused(temp, journal.url) { $0 == .hashMismatch(changedLine: 2) }
  }

  @Test("a missing seal is reported, never recreated")
  func missingSeal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    try FileManager.default.removeItem(at: sealURL(journal))
    try expectRefused(temp, journal.url) { $0 == .sealMissing }
    #expect(!FileManager.default.fileExists(atPath: sealURL(journal).path))
    #expect(try Journal.verify(journal.url) == .broken(line: 4, problem: .sealMissing))
  }

  @Test("an unreadable seal is reported")
  func unreadableSeal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    try Data("not a seal".utf8).write(to: sealURL(journal))
    try expectRefused(temp, journal.url) { $0 == .sealUnreadable }
  }

  @Test("an empty journal is damaged, not intact with 0 entries")
  func emptyJournal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    try temp.overwrite(journal.url, with: [])
    #expect(try Journal.verify(journal.url) == .broken(line: 1, problem: .emptyJournal))
  }

  @Test("several events are one append: all of them, chained, under one seal")
  func severalEventsAtOnce() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    let added = try journal.append(
      contentsOf: [Fixtures.invoice(1, pounds: 5), Fixtures.note("a"), Fixtures.note("b")],
      at: Fixtures.time(1))
    #expect(added.map(\.seq) == [2, 3, 4])
    #expect(try temp.lines(journal.url).count == 4)
    guard case .intact(4, let last) = try Journal.verify(journal.url) else {
      Issue.record("the journal does not verify")
      return
    }
    #expect(last == added[2].hash)
  }

  @Test("a case is created with all its first events, or not at all")
  func createWithSeveralEvents() throws {
    let temp = try TemporaryWorkspace()
    let url = temp.workspace.journalURL(forCase: "bee-co")
    let journal = try Journal.create(
      url, first: [.caseOpened(Fixtures.opened("Bee Co")), Fixtures.invoice(7, pounds: 70)],
      at: Fixtures.time(1))
    #expect(journal.records.count == 2)
    #expect(try Journal.verify(url).isIntact)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: url.deletingLastPathComponent().path
    ).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test("reseal accepts a journal whose only fault is at its end, never one broken inside")
  func reseal() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    try temp.writeLines(journal.url, Array(try temp.lines(journal.url).prefix(3)))
    var reopened = try Journal.open(journal.url)
    let previous = try reopened.resealAsItStands(at: Fixtures.time(10))
    #expect(previous == .sealed(JournalSeal(seq: 4, hash: journal.records[3].hash)))
    #expect(try Journal.verify(journal.url).isIntact)
    try reopened.append(Fixtures.note("after"), at: Fixtures.time(11))
    #expect(try Journal.verify(journal.url).isIntact)

    var lines = try temp.lines(journal.url)
    lines[1] = Array(
      String(decoding: lines[1], as: UTF8.self)
        .replacingOccurrences(of: "\"100.50\"", with: "\"1000.50\"").utf8)
    try temp.writeLines(journal.url, lines)
    var forged = try Journal.open(journal.url)
    #expect(throws: StoreError.self) { try forged.resealAsItStands(at: Fixtures.time(12)) }
  }

  @Test("a journal read earlier is no longer current once its file or its seal changes")
  func currentness() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    #expect(journal.isCurrent())
    try FileManager.default.removeItem(at: sealURL(journal))
    #expect(!journal.isCurrent())
    let otherTemp = try TemporaryWorkspace()
    let other = try fourLines(otherTemp)
    try otherTemp.appendRaw(other.url, Array("{}\n".utf8))
    #expect(!other.isCurrent())
  }

  @Test("verify names the first line that fails, not a later unreadable one")
  func firstFailureFirst() throws {
    let temp = try TemporaryWorkspace()
    let journal = try fourLines(temp)
    var lines = try temp.lines(journal.url)
    lines[1] = Array(
      String(decoding: lines[1], as: UTF8.self)
        .replacingOccurrences(of: "INV-1", with: "INV-9").utf8)
    lines.append(Array("not json".utf8))
    try temp.writeLines(journal.url, lines)
    #expect(
      try Journal.verify(journal.url) == .broken(line: 3, problem: .hashMismatch(changedLine: 2)))
  }
}
