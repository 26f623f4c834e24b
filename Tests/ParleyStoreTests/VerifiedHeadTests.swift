import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

/// The cached head: appends that do not read the case, and reads that do not
/// hash it again, only while the journal is exactly as parley left it.
@Suite("VerifiedHead: a large journal appended to and read without hashing it all again")
struct VerifiedHeadTests {
  /// A journal of `count` notes, its head cached (every size counts as large here).
  private func journal(_ temp: TemporaryWorkspace, notes count: Int) throws -> Journal {
    var journal = try Journal.open(try temp.openCase().url, headCacheSize: 0)
    for index in 0..<count {
      try journal.append(Fixtures.note("note \(index)"), at: Fixtures.time(Int64(index)))
    }
    return journal
  }

  @Test("the head line reads back as written; damaged lines do not read")
  func lineRoundTrip() throws {
    let identity = try #require(
      FileIdentity(fields: [2049, 7_340_033, 1_234_567, 1_764_590_400, 5, 1_764_590_401, -1]))
    let head = VerifiedHead(
      identity: identity, seq: 42, hash: String(repeating: "ab", count: 32), lastLineLength: 310)
    #expect(VerifiedHead(line: head.line) == head)
    let damaged = [
      "", head.line + " 1", "parley-head-2" + head.line.dropFirst("parley-head-1".count),
      head.line.replacingOccurrences(of: "abab", with: "ABAB"),
      head.line.replacingOccurrences(of: " 42 ", with: " 0 "),
      head.line.replacingOccurrences(of: " 310", with: " -3"),
      head.line.replacingOccurrences(of: " 2049 ", with: " 2049.5 "),
    ]
    for line in damaged { #expect(VerifiedHead(line: line) == nil, "\(line)") }
  }

  @Test("an append at the head writes the next lines, and the journal verifies")
  func appendAtHead() throws {
    let temp = try TemporaryWorkspace()
    let url = try journal(temp, notes: 5).url
    var atHead = try #require(Journal.openAtHead(url, headCacheSize: 0))
    #expect(atHead.records.isEmpty)
    #expect(atHead.lastSeq == 6)
    let added = try atHead.append(Fixtures.note("at the head"), at: Fixtures.time(99))
    #expect(added.seq == 7)
    #expect(try Journal.verify(url) == .intact(lineCount: 7, lastHash: added.hash))
    // The head moved with the append, so the next one needs no read either.
    #expect(Journal.openAtHead(url, headCacheSize: 0)?.lastSeq == 7)
  }

  @Test("a journal changed in any way since (even to the same length) is not opened at its head")
  func changedFile() throws {
    let temp = try TemporaryWorkspace()
    let url = try journal(temp, notes: 3).url
    var lines = try temp.lines(url)
    lines[2] = Array(
      String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "note 1", with: "NOTE 1")
        .utf8)
    try temp.writeLines(url, lines)
    #expect(Journal.openAtHead(url, headCacheSize: 0) == nil)
    // Read whole, the change is found as before.
    #expect(!(try Journal.open(url, headCacheSize: 0)).integrity.isIntact)
  }

  @Test("no head, a damaged head, or a seal that disagrees: not opened at its head")
  func untrustedHead() throws {
    let temp = try TemporaryWorkspace()
    let url = try journal(temp, notes: 2).url
    let headURL = VerifiedHead.url(for: url)
    let saved = try temp.bytes(headURL)
    try temp.overwrite(headURL, with: Array("parley-head-1 1 2 3\n".utf8))
    #expect(Journal.openAtHead(url, headCacheSize: 0) == nil)
    try FileManager.default.removeItem(at: headURL)
    #expect(Journal.openAtHead(url, headCacheSize: 0) == nil)
    try Data(saved).write(to: headURL)
    #expect(Journal.openAtHead(url, headCacheSize: 0) != nil)
    let sealURL = URL(fileURLWithPath: url.path + ".seal")
    try FileManager.default.removeItem(at: sealURL)
    #expect(Journal.openAtHead(url, headCacheSize: 0) == nil)
  }

  @Test("another parley appended after the open at the head: the append reads it and chains on")
  func appendedMeanwhile() throws {
    let temp = try TemporaryWorkspace()
    var other = try journal(temp, notes: 2)
    var atHead = try #require(Journal.openAtHead(other.url, headCacheSize: 0))
    try other.append(Fixtures.note("meanwhile"), at: Fixtures.time(50))
    let added = try atHead.append(Fixtures.note("after"), at: Fixtures.time(51))
    #expect(added.seq == 5)
    #expect(atHead.records.map(\.seq) == Array(1...5))
    #expect(try Journal.verify(other.url).isIntact)
  }

  @Test("a read of an unchanged journal gives the same records as hashing every line")
  func trustedReadMatchesFullRead() throws {
    let temp = try TemporaryWorkspace()
    let url = try journal(temp, notes: 20).url
    #expect(FileManager.default.fileExists(atPath: VerifiedHead.url(for: url).path))
    let trusted = try Journal.open(url, headCacheSize: 0)
    let hashed = try Journal.open(url, headCacheSize: .max)
    #expect(trusted.records == hashed.records)
    #expect(trusted.integrity == hashed.integrity)
  }

  @Test("a small journal keeps no head: nothing beside it but its seal")
  func smallJournalHasNoHead() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("small"), at: Fixtures.time(1))
    _ = try Journal.open(journal.url)
    #expect(!FileManager.default.fileExists(atPath: VerifiedHead.url(for: journal.url).path))
  }
}
