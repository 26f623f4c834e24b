import Foundation
import ParleyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A case's append-only, hash-chained journal of events (`cases/<id>.jsonl`).
///
/// The file is JSON Lines: one event per line, each line chaining to the one
/// before it by SHA-256. The exact line format is documented on
/// ``JournalLine`` and is, for example:
///
/// ```
/// {"at":"2026-11-29T00:56:38Z","data":{"amount":{"amount":"1200.50","currency":"GBP"},"due":"2026-10-08","issued":"2026-09-08","number":"INV-042"},"prev":"<64 hex>","seq":2,"type":"invoice.added","tz":"Europe/London","v":1}
/// ```
///
/// - ``open(_:lock:)`` reads every line into ``records``. An incomplete last
///   line (a crash mid-write) is moved to a side file and reported in
///   ``report``; a damaged line elsewhere is an error, left for ``verify()``.
/// - ``append(_:at:)`` adds one line under the workspace lock, chained to the
///   line really last on disk, and returns only after `fsync`.
/// - ``verify()`` walks the chain and names the first line that fails.
public struct Journal: Sendable {
  /// The journal file.
  public let url: URL
  /// The workspace lock taken around every write.
  public let lock: WorkspaceLock
  /// Every event in the journal, in order.
  public private(set) var records: [JournalRecord]
  /// What recovery the journal needed since it was opened (usually nothing).
  public private(set) var report: OpenReport
  /// The length of the file's complete lines, as last read or written.
  private var byteCount: Int
  /// The length of the last line, without its newline.
  private var lastLineLength: Int

  private init(url: URL, lock: WorkspaceLock) {
    self.url = url
    self.lock = lock
    self.records = []
    self.report = OpenReport()
    self.byteCount = 0
    self.lastLineLength = 0
  }

  /// The lock of the workspace a journal at `cases/<id>.jsonl` belongs to.
  public static func defaultLock(for url: URL) -> WorkspaceLock {
    WorkspaceLock(workspaceRoot: url.deletingLastPathComponent().deletingLastPathComponent())
  }

  // MARK: - Opening and creating

  /// Reads the journal at `url`, setting aside an incomplete last line if a crash left one.
  ///
  /// - Parameters:
  ///   - url: The journal file.
  ///   - lock: The workspace lock; by default `<url>/../../.lock`.
  ///   - now: When it is, for naming a side file (the system clock if nil).
  /// - Throws: ``StoreError/unknownFormatVersion(path:line:version:)`` for a
  ///   line from a newer parley, ``StoreError/damagedJournal(path:line:problem:)``
  ///   for an unreadable complete line, ``StoreError/journalMissing(path:)``.
  public static func open(_ url: URL, lock: WorkspaceLock? = nil, now: Timestamp? = nil)
    throws(StoreError) -> Journal
  {
    var journal = Journal(url: url, lock: lock ?? defaultLock(for: url))
    var snapshot = try Snapshot.read(url)
    if snapshot.tornLength > 0 {
      // Another parley may be mid-write: look again while holding the lock.
      snapshot = try journal.lock.withLock { () throws(StoreError) -> Snapshot in
        try journal.setAsideTornTail(of: Snapshot.read(url), now: now)
      }
    }
    try journal.adopt(snapshot)
    return journal
  }

  /// Creates the journal at `url` with its first event, refusing if the file exists.
  ///
  /// Takes the workspace lock; the file is created 0600 and it and its folder
  /// are fsynced before this returns.
  /// - Throws: ``StoreError/journalExists(path:)`` if there is already a file.
  public static func create(
    _ url: URL, first event: CaseEvent, at timestamp: Timestamp, lock: WorkspaceLock? = nil
  ) throws(StoreError) -> Journal {
    let lock = lock ?? defaultLock(for: url)
    return try lock.withLock { () throws(StoreError) -> Journal in
      try createLocked(url, first: event, at: timestamp, lock: lock)
    }
  }

  /// ``create(_:first:at:lock:)`` for a caller that already holds the lock.
  static func createLocked(
    _ url: URL, first event: CaseEvent, at timestamp: Timestamp, lock: WorkspaceLock
  ) throws(StoreError) -> Journal {
    let path = url.path
    guard !FileIO.exists(path) else { throw StoreError.journalExists(path: path) }
    let fd: Int32
    do {
      fd = try FileIO.createExclusive(path)
    } catch .io(_, _, EEXIST) {
      throw StoreError.journalExists(path: path)
    }
    defer { FileIO.closeFile(fd) }
    var journal = Journal(url: url, lock: lock)
    do {
      _ = try journal.writeLine(event, at: timestamp, to: fd)
      try FileIO.syncFolder(url.deletingLastPathComponent().path)
    } catch {
      _ = unlink(path)
      try? FileIO.syncFolder(url.deletingLastPathComponent().path)
      throw error
    }
    return journal
  }

  // MARK: - Appending

  /// Appends `event`, recorded at `timestamp`, as the next line; returns after fsync.
  ///
  /// Holds the workspace lock throughout. If another parley appended since
  /// this journal was read, the new lines are read first (they appear in
  /// ``records``) and the new line chains to the line really last on disk.
  /// The line goes out in one `write(2)` on an `O_APPEND` descriptor; if it
  /// cannot be written whole, the file is truncated back and left unchanged.
  /// - Throws: ``StoreError/lockBusy(pid:)``, ``StoreError/diskFull(path:)``,
  ///   ``StoreError/shortWrite(path:written:expected:)`` and other write errors.
  @discardableResult
  public mutating func append(_ event: CaseEvent, at timestamp: Timestamp) throws(StoreError)
    -> JournalRecord
  {
    try lock.withLock { () throws(StoreError) -> JournalRecord in
      let path = url.path
      guard FileIO.exists(path) else { throw StoreError.journalMissing(path: path) }
      let fd = try FileIO.openFile(path, O_RDWR | O_APPEND, action: "open")
      defer { FileIO.closeFile(fd) }
      if try !tailMatches(fd) {
        try adopt(setAsideTornTail(of: Snapshot.read(url), now: timestamp))
      }
      return try writeLine(event, at: timestamp, to: fd)
    }
  }

  /// Whether the file still ends with the line this journal last read or wrote.
  private func tailMatches(_ fd: Int32) throws(StoreError) -> Bool {
    let path = url.path
    guard try FileIO.size(fd, path: path) == byteCount else { return false }
    guard let last = records.last else { return byteCount == 0 }
    // The last line and its newline.
    let tail = try FileIO.readBytes(
      fd, at: byteCount - lastLineLength - 1, count: lastLineLength + 1, path: path)
    guard tail.count == lastLineLength + 1, tail.last == 0x0A else { return false }
    return SHA256.hexHash(tail.dropLast()) == last.hash
  }

  /// Encodes and writes the next line to `fd` (open with `O_APPEND`), then fsyncs.
  private mutating func writeLine(_ event: CaseEvent, at timestamp: Timestamp, to fd: Int32)
    throws(StoreError) -> JournalRecord
  {
    let prev = records.last?.hash ?? JournalLine.genesisHash
    let seq = (records.last?.seq ?? 0) + 1
    let line = JournalLine(seq: seq, timestamp: timestamp, event: event, prev: prev)
    var bytes = try line.encoded()
    let record = JournalRecord(
      seq: seq, timestamp: timestamp, event: event, prev: prev, hash: SHA256.hexHash(bytes))
    bytes.append(0x0A)
    try FileIO.writeOnceAndSync(fd, bytes, path: url.path, restoreLength: byteCount)
    byteCount += bytes.count
    lastLineLength = bytes.count - 1
    records.append(record)
    JournalSeal(seq: seq, hash: record.hash).write(for: url)
    return record
  }

  // MARK: - Reading and recovery

  /// Replaces ``records`` with the complete lines of `snapshot`.
  private mutating func adopt(_ snapshot: Snapshot) throws(StoreError) {
    var parsed: [JournalRecord] = []
    parsed.reserveCapacity(snapshot.lines.count)
    for (index, range) in snapshot.lines.enumerated() {
      let bytes = snapshot.bytes[range]
      switch JournalLine.decode(bytes) {
      case .success(let line):
        parsed.append(
          JournalRecord(
            seq: line.seq, timestamp: line.timestamp, event: line.event, prev: line.prev,
            hash: SHA256.hexHash(bytes)))
      case .failure(.unknownVersion(let version)):
        throw StoreError.unknownFormatVersion(path: url.path, line: index + 1, version: version)
      case .failure(let problem):
        throw StoreError.damagedJournal(path: url.path, line: index + 1, problem: problem)
      }
    }
    records = parsed
    byteCount = snapshot.completeLength
    lastLineLength = snapshot.lines.last?.count ?? 0
  }

  /// Moves the bytes after the last newline to a side file, then truncates the journal.
  ///
  /// The caller holds the lock. The side file (0600) and its folder are
  /// fsynced before the journal is truncated, so the bytes are never lost.
  /// - Returns: `snapshot` without its torn tail.
  private mutating func setAsideTornTail(of snapshot: Snapshot, now: Timestamp?)
    throws(StoreError) -> Snapshot
  {
    guard snapshot.tornLength > 0 else { return snapshot }
    let folder = url.deletingLastPathComponent()
    let instant = now ?? Timestamp(secondsSince1970: Int64(time(nil)), timeZoneID: "UTC")
    let stamp = instant.isoUTC
      .filter { $0 != "-" && $0 != ":" }
    var sideURL = folder.appendingPathComponent("\(url.lastPathComponent).torn-\(stamp)")
    var attempt = 1
    while FileIO.exists(sideURL.path) {
      attempt += 1
      sideURL = folder.appendingPathComponent("\(url.lastPathComponent).torn-\(stamp)-\(attempt)")
    }
    let tail = Array(snapshot.bytes[snapshot.completeLength...])
    let sideFD = try FileIO.createExclusive(sideURL.path)
    defer { FileIO.closeFile(sideFD) }
    try FileIO.writeOnceAndSync(sideFD, tail, path: sideURL.path, restoreLength: 0)
    try FileIO.syncFolder(folder.path)

    let fd = try FileIO.openFile(url.path, O_WRONLY, action: "open")
    defer { FileIO.closeFile(fd) }
    guard ftruncate(fd, off_t(snapshot.completeLength)) == 0 else {
      throw StoreError.fromErrno(errno, path: url.path, action: "truncate")
    }
    try FileIO.sync(fd, path: url.path)
    try FileIO.syncFolder(folder.path)
    report.setAside.append(
      SetAsideTail(
        journal: url, sideFile: sideURL, byteCount: tail.count,
        keptLineCount: snapshot.lines.count))
    return snapshot.withoutTornTail
  }

  // MARK: - Verification

  /// Checks this journal's file, line by line; see ``verify(_:)``.
  public func verify() throws(StoreError) -> VerificationResult {
    try Self.verify(url)
  }

  /// Checks the hash chain of the journal at `url` and names the first line that fails.
  ///
  /// Reads the file as it is now and changes nothing. Checks, for each line in
  /// order: it parses (JSON, version, frame, event data); its `seq` is one more
  /// than the line before; its `prev` is the SHA-256 of the line before (64
  /// zeros on line 1). An incomplete last line is reported too.
  public static func verify(_ url: URL) throws(StoreError) -> VerificationResult {
    guard FileIO.exists(url.path) else { throw StoreError.journalMissing(path: url.path) }
    return verify(bytes: try FileIO.readAll(url.path), seal: JournalSeal.read(for: url))
  }

  /// Checks the hash chain of a journal's bytes; see ``verify(_:)``.
  public static func verify(bytes: [UInt8]) -> VerificationResult {
    verify(bytes: bytes, seal: nil)
  }

  /// Checks the chain, then that the lines the seal vouches for are all there, unchanged.
  static func verify(bytes: [UInt8], seal: JournalSeal?) -> VerificationResult {
    let snapshot = Snapshot(bytes: bytes)
    let decoded = snapshot.lines.map { JournalLine.decode(bytes[$0]) }
    let seqs = decoded.map { result -> Int? in
      if case .success(let line) = result { return line.seq }
      return nil
    }
    var prev = JournalLine.genesisHash
    var hashes: [String] = []
    for (index, range) in snapshot.lines.enumerated() {
      let number = index + 1
      let line: JournalLine
      switch decoded[index] {
      case .success(let value): line = value
      case .failure(let problem): return .broken(line: number, problem: problem)
      }
      if line.seq != number {
        let laterLine = seqs[(index + 1)...].firstIndex(of: number).map { $0 + 1 }
        if line.seq > number && laterLine == nil {
          return .broken(line: number, problem: .missingLines(expected: number, found: line.seq))
        }
        return .broken(
          line: number,
          problem: .outOfOrder(expected: number, found: line.seq, expectedAtLine: laterLine))
      }
      if line.prev != prev {
        return .broken(
          line: number,
          problem: number == 1 ? .firstLineNotGenesis : .hashMismatch(changedLine: number - 1))
      }
      prev = SHA256.hexHash(bytes[range])
      hashes.append(prev)
    }
    if let seal, seal.seq >= 1 {
      guard seal.seq <= hashes.count else {
        return .broken(
          line: hashes.count + 1,
          problem: .linesRemovedAtEnd(written: seal.seq, found: hashes.count))
      }
      guard hashes[seal.seq - 1] == seal.hash else {
        return .broken(line: seal.seq, problem: .sealMismatch(line: seal.seq))
      }
    }
    if snapshot.tornLength > 0 {
      return .broken(
        line: snapshot.lines.count + 1,
        problem: .incompleteLastLine(byteCount: snapshot.tornLength))
    }
    return .intact(lineCount: snapshot.lines.count, lastHash: prev)
  }
}

extension Journal {
  /// A journal file's bytes split into complete lines and a torn tail.
  fileprivate struct Snapshot {
    /// The whole file.
    var bytes: [UInt8]
    /// Each complete line's range in `bytes`, without its newline.
    var lines: [Range<Int>]
    /// The length of the complete lines, newlines included.
    var completeLength: Int

    /// The bytes after the last newline: an interrupted write.
    var tornLength: Int { bytes.count - completeLength }

    init(bytes: [UInt8]) {
      self.bytes = bytes
      var lines: [Range<Int>] = []
      var start = 0
      for (index, byte) in bytes.enumerated() where byte == 0x0A {
        lines.append(start..<index)
        start = index + 1
      }
      self.lines = lines
      self.completeLength = start
    }

    /// Reads the journal at `url`.
    static func read(_ url: URL) throws(StoreError) -> Snapshot {
      guard FileIO.exists(url.path) else { throw StoreError.journalMissing(path: url.path) }
      return Snapshot(bytes: try FileIO.readAll(url.path))
    }

    /// The same snapshot with the torn tail cut off.
    var withoutTornTail: Snapshot {
      Snapshot(bytes: Array(bytes[..<completeLength]))
    }
  }
}
