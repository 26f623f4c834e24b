import Foundation
import ParleyKit
import ParleyStore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct JournalTests {
  @Test func lineFormatIsPinned() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.invoice(42, pounds: 1200), at: Fixtures.time(60))
    let lines = try temp.lines(journal.url).map { String(decoding: $0, as: UTF8.self) }
    let zeros = String(repeating: "0", count: 64)
    #expect(
      lines[0]
        == #"{"at":"2026-11-30T00:53:20Z","data":{"client":"Acme Ltd","contact":"ap@acme.example","#
        + #""currency":"GBP","debtorKind":"business","jurisdiction":"gb-ewl"},"prev":""#
        + zeros + #"","seq":1,"type":"case.opened","tz":"Europe/London","v":1}"#)
    let firstHash = SHA256.hexHash(Array(lines[0].utf8))
    #expect(
      lines[1]
        == #"{"at":"2026-11-30T00:54:20Z","data":{"amount":{"amount":"1200.50","currency":"GBP"},"#
        + #""due":"2026-10-08","issued":"2026-09-08","number":"INV-42"},"prev":""# + firstHash
        + #"","seq":2,"type":"invoice.added","tz":"Europe/London","v":1}"#)
    #expect(try temp.bytes(journal.url).last == 0x0A)
  }

  @Test func appendHundredThenReopen() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    var written: [CaseEvent] = [.caseOpened(Fixtures.opened("Acme Ltd"))]
    for index in 2...100 {
      let event =
        index.isMultiple(of: 2)
        ? Fixtures.invoice(index, pounds: Int64(index)) : Fixtures.note("note \(index) / ü \"q\"")
      let record = try journal.append(event, at: Fixtures.time(Int64(index)))
      #expect(record.seq == index)
      written.append(event)
    }
    let reopened = try Journal.open(journal.url)
    #expect(reopened.report.isClean)
    #expect(reopened.records.map(\.event) == written)
    #expect(reopened.records.map(\.seq) == Array(1...100))
    #expect(reopened.records == journal.records)
    #expect(reopened.records[99].timestamp == Fixtures.time(100))
    for (previous, record) in zip(reopened.records, reopened.records.dropFirst()) {
      #expect(record.prev == previous.hash)
    }
    let lastHash = try #require(reopened.records.last?.hash)
    #expect(try reopened.verify() == .intact(lineCount: 100, lastHash: lastHash))
  }

  @Test func createRefusesAnExistingFile() throws {
    let temp = try TemporaryWorkspace()
    let journal = try temp.openCase()
    let before = try temp.bytes(journal.url)
    #expect(throws: StoreError.journalExists(path: journal.url.path)) {
      try Journal.create(journal.url, first: [Fixtures.note("again")], at: Fixtures.time(1))
    }
    #expect(try temp.bytes(journal.url) == before)
  }

  @Test func appendCatchesUpWithAnotherWriter() throws {
    let temp = try TemporaryWorkspace()
    var first = try temp.openCase()
    var second = try Journal.open(first.url)
    try second.append(Fixtures.note("from the other shell"), at: Fixtures.time(1))
    let record = try first.append(Fixtures.note("from this shell"), at: Fixtures.time(2))
    #expect(record.seq == 3)
    #expect(record.prev == second.records[1].hash)
    #expect(first.records.map(\.seq) == [1, 2, 3])
    #expect(try first.verify().isIntact)
  }

  @Test func openRejectsANewerFormatVersion() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("hello"), at: Fixtures.time(1))
    var lines = try temp.lines(journal.url)
    lines[1] = Array(
      String(decoding: lines[1], as: UTF8.self).replacing(#""v":1"#, with: #""v":2"#).utf8)
    try temp.writeLines(journal.url, lines)
    let expected = StoreError.unknownFormatVersion(path: journal.url.path, line: 2, version: 2)
    #expect(throws: expected) { try Journal.open(journal.url) }
    #expect(
      expected.description
        == "\(journal.url.path) line 2 was written by a newer parley (format v2; this parley"
        + " reads v1); update parley to open this case")
    #expect(try journal.verify() == .broken(line: 2, problem: .unknownVersion(2)))
  }

  @Test func openRejectsADamagedMiddleLineWithoutChangingIt() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("one"), at: Fixtures.time(1))
    try journal.append(Fixtures.note("two"), at: Fixtures.time(2))
    var lines = try temp.lines(journal.url)
    lines[1] = Array("garbage".utf8)
    try temp.writeLines(journal.url, lines)
    let before = try temp.bytes(journal.url)
    #expect {
      try Journal.open(journal.url)
    } throws: { error in
      guard case .damagedJournal(_, 2, .notJSON) = error as? StoreError else { return false }
      return true
    }
    #expect(try temp.bytes(journal.url) == before)
  }

  @Test func filesAreOwnerOnlyWhateverTheUmask() throws {
    let previous = umask(0o022)
    defer { umask(previous) }
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("x"), at: Fixtures.time(1))
    try temp.appendRaw(journal.url, Array(#"{"at":"#.utf8))
    let reopened = try Journal.open(journal.url)
    let side = try #require(reopened.report.setAside.first?.sideFile)
    #expect(temp.mode(temp.workspace.root) == 0o700)
    #expect(temp.mode(temp.workspace.casesFolder) == 0o700)
    #expect(temp.mode(journal.url) == 0o600)
    #expect(temp.mode(temp.workspace.lock.url) == 0o600)
    #expect(temp.mode(side) == 0o600)
  }

  /// A write that runs into the file-size limit is undone: the journal is unchanged.
  @Test func failedWriteLeavesTheJournalUnchanged() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    // Pad the journal to just under 1 MiB, then cap file sizes at 1 MiB.
    let limit = 1 << 20
    let used = try temp.bytes(journal.url).count
    let overhead = 300
    try journal.append(
      Fixtures.note(String(repeating: "p", count: limit - used - overhead)), at: Fixtures.time(1))
    let before = try temp.bytes(journal.url)
    #expect(before.count < limit && before.count > limit - overhead)
    signal(SIGXFSZ, SIG_IGN)
    var saved = rlimit()
    getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
    var capped = saved
    capped.rlim_cur = rlim_t(limit)
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &capped)
    defer { setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved) }
    #expect {
      try journal.append(Fixtures.note(String(repeating: "q", count: 1000)), at: Fixtures.time(2))
    } throws: { error in
      guard case .shortWrite(let path, let written, let expected) = error as? StoreError else {
        return false
      }
      return path == journal.url.path && written == limit - before.count && expected > 1000
    }
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
    #expect(try temp.bytes(journal.url) == before)
    #expect(journal.records.count == 2)
    #expect(try journal.append(Fixtures.note("after"), at: Fixtures.time(3)).seq == 3)
    #expect(try journal.verify().isIntact)
  }

  @Test("a journal that forgot its records is still current, appends, and catches up with others")
  func forgottenRecordsStillAppend() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("one"), at: Fixtures.time(1))
    journal.forgetRecords()
    #expect(journal.records.isEmpty)
    #expect(journal.lastSeq == 2)
    #expect(journal.isCurrent())
    #expect(try journal.append(Fixtures.note("two"), at: Fixtures.time(2)).seq == 3)
    #expect(journal.isCurrent())

    var other = try Journal.open(journal.url)
    try other.append(Fixtures.note("elsewhere"), at: Fixtures.time(3))
    #expect(!journal.isCurrent())
    #expect(try journal.append(Fixtures.note("three"), at: Fixtures.time(4)).seq == 5)
    #expect(journal.records.map(\.seq) == Array(1...5))
    #expect(try Journal.verify(journal.url).isIntact)
  }
}
