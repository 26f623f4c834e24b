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
/// - ``openAtHead(_:lock:)`` opens a large journal for appending without
///   reading it, when it is exactly as parley last verified or wrote it (see
///   ``VerifiedHead``); its ``records`` are then only the lines appended since.
public struct Journal: Sendable {
  /// The journal file.
  public let url: URL
  /// The workspace lock taken around every write.
  public let lock: WorkspaceLock
  /// Every event in the journal, in order; for a journal opened with
  /// ``openAtHead(_:lock:)``, only those after ``base``.
  public private(set) var records: [JournalRecord]
  /// The line before ``records``: line 0 (the genesis hash) for a journal read whole.
  public private(set) var base: (seq: Int, hash: String)
  /// What recovery the journal needed since it was opened (usually nothing).
  public private(set) var report: OpenReport
  /// Whether the chain and the seal checked out when the journal was last read:
  /// a journal that does not is shown with a warning and never appended to.
  public private(set) var integrity: VerificationResult
  /// The chain's own verdict, without the seal: worked out once per read.
  private var chainIntegrity: VerificationResult
  /// The length of the file's complete lines, as last read or written.
  private var byteCount: Int
  /// The length of the last line, without its newline.
  private var lastLineLength: Int
  /// From which size the journal's head is cached; see ``VerifiedHead``.
  private let headCacheSize: Int

  private init(url: URL, lock: WorkspaceLock, headCacheSize: Int) {
    self.url = url
    self.lock = lock
    self.headCacheSize = headCacheSize
    self.records = []
    self.base = (0, JournalLine.genesisHash)
    self.report = OpenReport()
    self.integrity = .intact(lineCount: 0, lastHash: JournalLine.genesisHash)
    self.chainIntegrity = self.integrity
    self.byteCount = 0
    self.lastLineLength = 0
  }

  /// The lock of the workspace a journal at `cases/<id>.jsonl` belongs to.
  public static func defaultLock(for url: URL) -> WorkspaceLock {
    WorkspaceLock(workspaceRoot: url.deletingLastPathComponent().deletingLastPathComponent())
  }

  // MARK: - Opening and creating

  /// Below this size a journal is read whole on every open: cheaper than
  /// keeping its head in a second file (see ``VerifiedHead``).
  public static let headCacheMinimumSize = 64 * 1024

  /// The last line's sequence number (0 for no line).
  public var lastSeq: Int { records.last?.seq ?? base.seq }

  /// The last line's SHA-256 in hex (the genesis hash for no line).
  public var lastHash: String { records.last?.hash ?? base.hash }

  /// Reads the journal at `url`, setting aside an incomplete last line if a crash left one.
  ///
  /// A journal of at least `headCacheSize` bytes that is exactly as parley
  /// last verified or wrote it is not hashed line by line again (see
  /// ``VerifiedHead``); one that checks out has its head cached.
  /// - Parameters:
  ///   - url: The journal file.
  ///   - lock: The workspace lock; by default `<url>/../../.lock`.
  ///   - now: When it is, for naming a side file (the system clock if nil).
  ///   - headCacheSize: From which size the head is cached.
  /// - Throws: ``StoreError/unknownFormatVersion(path:line:version:)`` for a
  ///   line from a newer parley, ``StoreError/damagedJournal(path:line:problem:)``
  ///   for an unreadable complete line, ``StoreError/journalMissing(path:)``.
  public static func open(
    _ url: URL, lock: WorkspaceLock? = nil, now: Timestamp? = nil,
    headCacheSize: Int = Journal.headCacheMinimumSize
  ) throws(StoreError) -> Journal {
    var journal = Journal(
      url: url, lock: lock ?? defaultLock(for: url), headCacheSize: headCacheSize)
    // The seal first: it only ever vouches for lines already written, so a
    // parley appending meanwhile can make it lag, never run ahead.
    var seal = JournalSeal.read(for: url)
    var snapshot = try Snapshot.read(url)
    if snapshot.tornLength > 0 {
      // Another parley may be mid-write: look again while holding the lock.
      (seal, snapshot) = try journal.lock.withLock {
        () throws(StoreError) -> (JournalSeal.Found, Snapshot) in
        let seal = JournalSeal.read(for: url)
        return (seal, try journal.setAsideTornTail(of: Snapshot.read(url), now: now))
      }
    }
    let cached = snapshot.bytes.count >= headCacheSize ? VerifiedHead.read(for: url) : nil
    try journal.adopt(snapshot, seal: seal, cached: cached)
    if let identity = snapshot.identity, journal.integrity.isIntact,
      snapshot.bytes.count >= headCacheSize,
      cached?.identity != identity || cached?.seq != journal.lastSeq
    {
      journal.head(identity).save(for: url)
    }
    return journal
  }

  /// Opens the journal at `url` for appending without reading its lines, when
  /// its cached head (see ``VerifiedHead``) says it is exactly as parley last
  /// verified or wrote it, its seal agrees and its last line still hashes to
  /// the head; nil otherwise, for the caller to ``open(_:lock:now:headCacheSize:)`` it.
  ///
  /// ``records`` starts empty and ``base`` is the last line.
  public static func openAtHead(
    _ url: URL, lock: WorkspaceLock? = nil, headCacheSize: Int = Journal.headCacheMinimumSize
  ) -> Journal? {
    guard let head = VerifiedHead.read(for: url),
      case .sealed(let seal) = JournalSeal.read(for: url), seal.seq == head.seq,
      seal.hash == head.hash,
      let fd = try? FileIO.openFile(url.path, O_RDONLY, action: "open")
    else { return nil }
    defer { FileIO.closeFile(fd) }
    guard FileIdentity(fd: fd) == head.identity else { return nil }
    var journal = Journal(
      url: url, lock: lock ?? defaultLock(for: url), headCacheSize: headCacheSize)
    journal.base = (head.seq, head.hash)
    journal.byteCount = Int(head.identity.size)
    journal.lastLineLength = head.lastLineLength
    guard (try? journal.tailMatches(fd)) == true else { return nil }
    journal.integrity = .intact(lineCount: head.seq, lastHash: head.hash)
    journal.chainIntegrity = journal.integrity
    return journal
  }

  /// Lets go of ``records``, keeping the last line as ``base``, for a caller
  /// that has folded them: the journal can still tell whether its file is
  /// current and be appended to, as one opened at its head.
  public mutating func forgetRecords() {
    base = (lastSeq, lastHash)
    records = []
  }

  /// The head to cache for this journal, whose file now has `identity`.
  private func head(_ identity: FileIdentity) -> VerifiedHead {
    VerifiedHead(identity: identity, seq: lastSeq, hash: lastHash, lastLineLength: lastLineLength)
  }

  /// Creates the journal at `url` with its first events, refusing if the file exists.
  ///
  /// Takes the workspace lock. The lines are written to a temporary file,
  /// fsynced and sealed, then renamed into place: a crash leaves either no case
  /// or the whole case with every event, never a part. The file is 0600.
  /// - Throws: ``StoreError/journalExists(path:)`` if there is already a file.
  public static func create(
    _ url: URL, first events: [CaseEvent], at timestamp: Timestamp, lock: WorkspaceLock? = nil
  ) throws(StoreError) -> Journal {
    let lock = lock ?? defaultLock(for: url)
    return try lock.withLock { () throws(StoreError) -> Journal in
      try createLocked(url, first: events, at: timestamp, lock: lock)
    }
  }

  /// ``create(_:first:at:lock:)`` for a caller that already holds the lock.
  static func createLocked(
    _ url: URL, first events: [CaseEvent], at timestamp: Timestamp, lock: WorkspaceLock
  ) throws(StoreError) -> Journal {
    let path = url.path
    guard !FileIO.exists(path) else { throw StoreError.journalExists(path: path) }
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/." + url.lastPathComponent + ".new"
    _ = unlink(temporary)
    let fd = try FileIO.createExclusive(temporary)
    var journal = Journal(url: url, lock: lock, headCacheSize: Self.headCacheMinimumSize)
    do throws(StoreError) {
      defer { FileIO.closeFile(fd) }
      let (bytes, added) = try journal.encodeLines(events, at: timestamp)
      try FileIO.writeOnceAndSync(fd, bytes, path: temporary, restoreLength: 0)
      journal.took(added, written: bytes)
      guard let last = added.last, JournalSeal(seq: last.seq, hash: last.hash).write(for: url)
      else { throw StoreError.io(path: JournalSeal.url(for: url).path, action: "seal", errno: EIO) }
      guard rename(temporary, path) == 0 else {
        throw StoreError.fromErrno(errno, path: path, action: "create")
      }
      try FileIO.syncFolder(folder)
    } catch {
      _ = unlink(temporary)
      try? FileIO.syncFolder(folder)
      throw error
    }
    return journal
  }

  // MARK: - Appending

  /// Appends `event`, recorded at `timestamp`, as the next line; returns after fsync.
  ///
  /// See ``append(contentsOf:at:)``.
  @discardableResult
  public mutating func append(_ event: CaseEvent, at timestamp: Timestamp) throws(StoreError)
    -> JournalRecord
  {
    let added = try append(contentsOf: [event], at: timestamp)
    return added[added.count - 1]
  }

  /// Appends `events`, recorded at `timestamp`, as the next lines, all or none;
  /// returns after fsync.
  ///
  /// Holds the workspace lock throughout. If another parley appended since
  /// this journal was read, the new lines are read first (they appear in
  /// ``records``) and the new lines chain to the line really last on disk.
  /// Before writing, the journal is checked against its chain and its seal:
  /// lines removed or changed, or a seal missing, and nothing is written.
  /// The lines go out in one `write(2)` on an `O_APPEND` descriptor; if they
  /// cannot be written whole, the file is truncated back and left unchanged.
  /// - Throws: ``StoreError/journalTampered(path:line:problem:)``,
  ///   ``StoreError/lockBusy(pid:)``, ``StoreError/diskFull(path:)``,
  ///   ``StoreError/shortWrite(path:written:expected:)`` and other write errors.
  @discardableResult
  public mutating func append(contentsOf events: [CaseEvent], at timestamp: Timestamp)
    throws(StoreError) -> [JournalRecord]
  {
    guard !events.isEmpty else { return [] }
    return try lock.withLock { () throws(StoreError) -> [JournalRecord] in
      try appendLocked(events, at: timestamp)
    }
  }

  /// ``append(contentsOf:at:)`` for a caller that already holds the workspace lock.
  mutating func appendLocked(_ events: [CaseEvent], at timestamp: Timestamp) throws(StoreError)
    -> [JournalRecord]
  {
    guard !events.isEmpty else { return [] }
    let path = url.path
    guard FileIO.exists(path) else { throw StoreError.journalMissing(path: path) }
    let fd = try FileIO.openFile(path, O_RDWR | O_APPEND, action: "open")
    defer { FileIO.closeFile(fd) }
    let seal = JournalSeal.read(for: url)
    // A journal opened at its head can judge only a seal of that very line.
    let sealAtBase = seal == .sealed(JournalSeal(seq: base.seq, hash: base.hash))
    if try !tailMatches(fd) || (base.seq > 0 && records.isEmpty && !sealAtBase) {
      try adopt(setAsideTornTail(of: Snapshot.read(url), now: timestamp), seal: seal, cached: nil)
    } else {
      integrity = checkSeal(seal)
    }
    if case .broken(let line, let problem) = integrity {
      throw StoreError.journalTampered(path: path, line: line, problem: problem)
    }
    let (bytes, added) = try encodeLines(events, at: timestamp)
    try FileIO.writeOnceAndSync(fd, bytes, path: path, restoreLength: byteCount)
    took(added, written: bytes)
    if let last = added.last { JournalSeal(seq: last.seq, hash: last.hash).write(for: url) }
    if byteCount >= headCacheSize, let identity = FileIdentity(fd: fd),
      identity.size == byteCount
    {
      head(identity).save(for: url)
    }
    return added
  }

  /// Seals the journal as it now stands, when only its end fails to verify
  /// (lines removed or changed at the end, or the seal lost) and the user has
  /// chosen to accept it; returns the seal that was there.
  ///
  /// The chain itself must be intact: a journal changed in the middle cannot
  /// be resealed. The caller records that it did this.
  /// - Throws: ``StoreError/journalTampered(path:line:problem:)`` when the chain is broken.
  public mutating func resealAsItStands(at timestamp: Timestamp) throws(StoreError)
    -> JournalSeal.Found
  {
    try lock.withLock { () throws(StoreError) -> JournalSeal.Found in
      let previous = JournalSeal.read(for: url)
      try adopt(
        setAsideTornTail(of: Snapshot.read(url), now: timestamp), seal: previous, cached: nil)
      let chain = chainIntegrity
      if case .broken(let line, let problem) = chain {
        throw StoreError.journalTampered(path: url.path, line: line, problem: problem)
      }
      guard let last = records.last,
        JournalSeal(seq: last.seq, hash: last.hash).write(for: url)
      else {
        throw StoreError.io(path: JournalSeal.url(for: url).path, action: "seal", errno: EIO)
      }
      integrity = chain
      return previous
    }
  }

  /// Whether the file is still exactly as this journal last read or wrote it
  /// (its length and its last line) and its seal still vouches for it, so what
  /// was read from it can be reused.
  public func isCurrent() -> Bool {
    guard let fd = try? FileIO.openFile(url.path, O_RDONLY, action: "open") else { return false }
    defer { FileIO.closeFile(fd) }
    guard (try? tailMatches(fd)) == true else { return false }
    return checkSeal(JournalSeal.read(for: url)).isIntact
  }

  /// The event on the journal's last line, read again from the file: for a
  /// journal opened at its head, which holds no records. Nil when the file
  /// no longer ends with that line.
  public func lastEvent() -> CaseEvent? {
    if let last = records.last { return last.event }
    guard lastSeq > 0, let fd = try? FileIO.openFile(url.path, O_RDONLY, action: "open") else {
      return nil
    }
    defer { FileIO.closeFile(fd) }
    guard
      let line = try? FileIO.readBytes(
        fd, at: byteCount - lastLineLength - 1, count: lastLineLength, path: url.path),
      SHA256.hexHash(line) == lastHash, case .success(let decoded) = JournalLine.decode(line)
    else { return nil }
    return decoded.event
  }

  /// Whether the file still ends with the line this journal last read or wrote.
  private func tailMatches(_ fd: Int32) throws(StoreError) -> Bool {
    let path = url.path
    guard try FileIO.size(fd, path: path) == byteCount else { return false }
    guard lastSeq > 0 else { return byteCount == 0 }
    // The last line and its newline.
    let tail = try FileIO.readBytes(
      fd, at: byteCount - lastLineLength - 1, count: lastLineLength + 1, path: path)
    guard tail.count == lastLineLength + 1, tail.last == 0x0A else { return false }
    return SHA256.hexHash(tail.dropLast()) == lastHash
  }

  /// The next lines for `events`, newline-terminated, and their records.
  private func encodeLines(_ events: [CaseEvent], at timestamp: Timestamp) throws(StoreError)
    -> (bytes: [UInt8], records: [JournalRecord])
  {
    var prev = lastHash
    var seq = lastSeq
    var bytes: [UInt8] = []
    var added: [JournalRecord] = []
    for event in events {
      seq += 1
      let line = JournalLine(seq: seq, timestamp: timestamp, event: event, prev: prev)
      let encoded = try line.encoded()
      let record = JournalRecord(
        seq: seq, timestamp: timestamp, event: event, prev: prev,
        hash: SHA256.hexHash(encoded))
      bytes += encoded
      bytes.append(0x0A)
      added.append(record)
      prev = record.hash
    }
    return (bytes, added)
  }

  /// Takes `added`, just written as `bytes`, into ``records``.
  private mutating func took(_ added: [JournalRecord], written bytes: [UInt8]) {
    guard let last = added.last else { return }
    byteCount += bytes.count
    // The last line runs from after the newline before it to its own newline.
    let lineStart = bytes.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    lastLineLength = bytes.count - 1 - lineStart
    records += added
    integrity = .intact(lineCount: last.seq, lastHash: last.hash)
    chainIntegrity = integrity
  }

  // MARK: - Reading and recovery

  /// Replaces ``records`` with the complete lines of `snapshot`, and checks
  /// them against their chain and `seal` (read before the snapshot).
  ///
  /// When `cached` shows the file unchanged since it was verified, each line's
  /// hash is taken from the next line's `prev` instead of hashed again.
  private mutating func adopt(
    _ snapshot: Snapshot, seal: JournalSeal.Found, cached: VerifiedHead?
  ) throws(StoreError) {
    let vouched = cached.flatMap { snapshot.isVouched(by: $0) ? $0 : nil }
    var parsed: [JournalRecord] = []
    parsed.reserveCapacity(snapshot.lines.count)
    for (index, decoded) in snapshot.decodedLines(hashing: vouched == nil).enumerated() {
      switch decoded {
      case .success(let record):
        if vouched != nil, index > 0 { parsed[index - 1].hash = record.prev }
        parsed.append(record)
      case .failure(.unknownVersion(let version)):
        throw StoreError.unknownFormatVersion(path: url.path, line: index + 1, version: version)
      case .failure(let problem):
        throw StoreError.damagedJournal(path: url.path, line: index + 1, problem: problem)
      }
    }
    // The last line's hash is the head's, which isVouched(by:) checked.
    if let vouched, !parsed.isEmpty { parsed[parsed.count - 1].hash = vouched.hash }
    records = parsed
    base = (0, JournalLine.genesisHash)
    byteCount = snapshot.completeLength
    lastLineLength = snapshot.lines.last?.count ?? 0
    if parsed.isEmpty, snapshot.tornLength == 0 {
      chainIntegrity = .broken(line: 1, problem: .emptyJournal)
    } else {
      chainIntegrity = Self.checkChain(parsed.map(Link.init), seal: .notChecked, tornLength: 0)
    }
    integrity = checkSeal(seal)
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

  /// Every complete line of the journal at `url` that can be read, skipping
  /// those that cannot: for an evidence record of a damaged journal, which
  /// says where it breaks.
  public static func readableRecords(_ url: URL) throws(StoreError) -> [JournalRecord] {
    let snapshot = try Snapshot.read(url)
    return snapshot.lines.compactMap { range in
      let bytes = snapshot.bytes[range]
      guard case .success(let line) = JournalLine.decode(bytes) else { return nil }
      return JournalRecord(
        seq: line.seq, timestamp: line.timestamp, event: line.event, prev: line.prev,
        hash: SHA256.hexHash(bytes))
    }
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
    let seal = JournalSeal.read(for: url)  // before the lines; see open(_:lock:now:)
    return verify(bytes: try FileIO.readAll(url.path), seal: seal)
  }

  /// Checks the hash chain of a journal's bytes; see ``verify(_:)``.
  public static func verify(bytes: [UInt8]) -> VerificationResult {
    verify(bytes: bytes, seal: .notChecked)
  }

  /// Checks the chain, then that the lines the seal vouches for are all there, unchanged.
  static func verify(bytes: [UInt8], seal: JournalSeal.Found) -> VerificationResult {
    let snapshot = Snapshot(bytes: bytes)
    if snapshot.lines.isEmpty, snapshot.tornLength == 0 {
      return .broken(line: 1, problem: .emptyJournal)
    }
    var links: [Link] = []
    links.reserveCapacity(snapshot.lines.count)
    let decoded = snapshot.decodedLines(hashing: true) { line, hash in
      Link(seq: line.seq, prev: line.prev, hash: hash)
    }
    for (index, link) in decoded.enumerated() {
      switch link {
      case .success(let link):
        links.append(link)
      case .failure(let problem):
        // An earlier line may already break the chain: name the first failure.
        let before = checkChain(links, seal: .notChecked, tornLength: 0)
        return before.isIntact ? .broken(line: index + 1, problem: problem) : before
      }
    }
    return checkChain(links, seal: seal, tornLength: snapshot.tornLength)
  }

  /// One line as the chain sees it.
  struct Link {
    var seq: Int
    var prev: String
    var hash: String

    init(seq: Int, prev: String, hash: String) {
      self.seq = seq
      self.prev = prev
      self.hash = hash
    }

    init(_ record: JournalRecord) {
      self.init(seq: record.seq, prev: record.prev, hash: record.hash)
    }
  }

  /// Checks that `links` run 1, 2, 3… each chained to the one before, then the
  /// seal, then that no torn line is left.
  static func checkChain(_ links: [Link], seal: JournalSeal.Found, tornLength: Int)
    -> VerificationResult
  {
    var prev = JournalLine.genesisHash
    for (index, link) in links.enumerated() {
      let number = index + 1
      if link.seq != number {
        let laterLine = links[(index + 1)...].firstIndex { $0.seq == number }.map { $0 + 1 }
        if link.seq > number && laterLine == nil {
          return .broken(line: number, problem: .missingLines(expected: number, found: link.seq))
        }
        return .broken(
          line: number,
          problem: .outOfOrder(expected: number, found: link.seq, expectedAtLine: laterLine))
      }
      if link.prev != prev {
        return .broken(
          line: number,
          problem: number == 1 ? .firstLineNotGenesis : .hashMismatch(changedLine: number - 1))
      }
      prev = link.hash
    }
    if let problem = sealProblem(seal, hashAt: { links[$0 - 1].hash }, count: links.count) {
      return problem
    }
    if tornLength > 0 {
      return .broken(
        line: links.count + 1, problem: .incompleteLastLine(byteCount: tornLength))
    }
    return .intact(lineCount: links.count, lastHash: prev)
  }

  /// The chain's own verdict on ``records``, then the seal's.
  private func checkSeal(_ seal: JournalSeal.Found) -> VerificationResult {
    guard chainIntegrity.isIntact else { return chainIntegrity }
    // A line before `base` is not known here: judged as not matching, so a
    // journal opened at its head reads the whole file before it trusts a seal.
    let hashAt = { (seq: Int) -> String in
      seq == base.seq ? base.hash : seq > base.seq ? records[seq - base.seq - 1].hash : ""
    }
    return Self.sealProblem(seal, hashAt: hashAt, count: lastSeq) ?? chainIntegrity
  }

  /// What is wrong with the end of a journal of `count` lines by its seal, if anything.
  private static func sealProblem(
    _ seal: JournalSeal.Found, hashAt hash: (Int) -> String, count: Int
  ) -> VerificationResult? {
    switch seal {
    case .notChecked: return nil
    case .missing: return .broken(line: max(count, 1), problem: .sealMissing)
    case .unreadable: return .broken(line: max(count, 1), problem: .sealUnreadable)
    case .sealed(let seal):
      guard seal.seq <= count else {
        return .broken(
          line: count + 1, problem: .linesRemovedAtEnd(written: seal.seq, found: count))
      }
      guard hash(seal.seq) == seal.hash else {
        return .broken(line: seal.seq, problem: .sealMismatch(line: seal.seq))
      }
      return nil
    }
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
    /// The file's identity, when it did not change while it was read.
    var identity: FileIdentity?

    /// The bytes after the last newline: an interrupted write.
    var tornLength: Int { bytes.count - completeLength }

    init(bytes: [UInt8], identity: FileIdentity? = nil) {
      self.bytes = bytes
      self.identity = identity
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
      let fd = try FileIO.openFile(url.path, O_RDONLY, action: "open")
      defer { FileIO.closeFile(fd) }
      let before = FileIdentity(fd: fd)
      let bytes = try FileIO.readAll(fd, path: url.path)
      let after = FileIdentity(fd: fd)
      return Snapshot(bytes: bytes, identity: before == after ? after : nil)
    }

    /// Each complete line decoded into its record, with its SHA-256 when
    /// `hashing` (else an empty hash, for the caller to fill in). A large
    /// journal is decoded in pieces on several cores.
    func decodedLines(hashing: Bool)
      -> FlattenSequence<[[Result<JournalRecord, JournalError>]]>
    {
      decodedLines(hashing: hashing) { line, hash in
        JournalRecord(
          seq: line.seq, timestamp: line.timestamp, event: line.event, prev: line.prev,
          hash: hash)
      }
    }

    /// Each complete line decoded and made into a `T` with its SHA-256 (or
    /// an empty hash unless `hashing`); see ``decodedLines(hashing:)``.
    func decodedLines<T: Sendable>(
      hashing: Bool, _ make: @escaping @Sendable (JournalLine, String) -> T
    ) -> FlattenSequence<[[Result<T, JournalError>]]> {
      let bytes = bytes
      let decode = { @Sendable (range: Range<Int>) -> Result<T, JournalError> in
        let line = bytes[range]
        return JournalLine.decode(line).map { make($0, hashing ? SHA256.hexHash(line) : "") }
      }
      guard bytes.count >= Self.concurrentDecodingSize else { return [lines.map(decode)].joined() }
      let pieceLength = 2_048
      let pieces = stride(from: 0, to: lines.count, by: pieceLength).map {
        Array(lines[$0..<min($0 + pieceLength, lines.count)])
      }
      // Joined lazily: the pieces are not copied into one more array.
      return pieces.concurrentMap { $0.map(decode) }.joined()
    }

    /// From this size a journal is decoded on several cores.
    static let concurrentDecodingSize = 256 * 1024

    /// Whether `head` vouches for these very bytes: the file unchanged since,
    /// no torn tail, and its last line the head's.
    func isVouched(by head: VerifiedHead) -> Bool {
      guard let identity, identity == head.identity, tornLength == 0,
        lines.count == head.seq, let last = lines.last, last.count == head.lastLineLength
      else { return false }
      return SHA256.hexHash(bytes[last]) == head.hash
    }

    /// The same snapshot with the torn tail cut off.
    var withoutTornTail: Snapshot {
      Snapshot(bytes: Array(bytes[..<completeLength]))
    }
  }
}
