import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The end of a journal as parley last verified or wrote it, with the file's
/// identity then, kept in the workspace's cache (`.cache/<id>.jsonl.head`).
///
/// While the journal's ``FileIdentity`` is unchanged, its lines are the ones
/// already checked, so an append need not read them again and a read need not
/// hash them again: appends cost the same whatever the case's size. It is a
/// cache, never evidence: `verify` always hashes every line, a missing or
/// unreadable head only means the slow way, and it is written without fsync.
/// Kept only for journals of at least ``Journal/headCacheMinimumSize`` bytes,
/// where reading is what costs.
struct VerifiedHead: Hashable, Sendable {
  /// The journal file as it was.
  var identity: FileIdentity
  /// The sequence number of its last line.
  var seq: Int
  /// That line's SHA-256 in hex.
  var hash: String
  /// That line's length, without its newline.
  var lastLineLength: Int

  private static let tag = "parley-head-1"

  /// Where the head of the journal at `journal` (`<root>/cases/<id>.jsonl`) is cached.
  static func url(for journal: URL) -> URL {
    journal.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".cache", isDirectory: true)
      .appendingPathComponent(journal.lastPathComponent + ".head")
  }

  /// The cached head of the journal at `journal`, or nil if there is none that reads.
  static func read(for journal: URL) -> VerifiedHead? {
    guard let bytes = try? FileIO.readFirstLine(url(for: journal).path, limit: 512),
      bytes.last == 0x0A
    else { return nil }
    return VerifiedHead(line: String(decoding: bytes.dropLast(), as: UTF8.self))
  }

  /// Parses `parley-head-1 <7 identity fields> <seq> <hash> <last line length>`.
  init?(line: String) {
    let parts = line.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 11, parts[0] == Self.tag else { return nil }
    let numbers = parts[1...8].compactMap { Int64($0) }
    guard numbers.count == 8, let identity = FileIdentity(fields: Array(numbers[0..<7])),
      let lastLineLength = Int(parts[10]), lastLineLength >= 0
    else { return nil }
    let hash = String(parts[9])
    guard numbers[7] >= 1, hash.utf8.count == 64,
      hash.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { return nil }
    self.init(identity: identity, seq: Int(numbers[7]), hash: hash, lastLineLength: lastLineLength)
  }

  /// A head from its parts.
  init(identity: FileIdentity, seq: Int, hash: String, lastLineLength: Int) {
    self.identity = identity
    self.seq = seq
    self.hash = hash
    self.lastLineLength = lastLineLength
  }

  /// The line ``init(line:)`` reads.
  var line: String {
    ([Self.tag] + identity.fields.map(String.init) + [String(seq), hash, String(lastLineLength)])
      .joined(separator: " ")
  }

  /// Replaces the cached head of `journal` (temporary file, rename; no fsync:
  /// a head lost in a crash only means the slow way next time).
  func save(for journal: URL) {
    let target = Self.url(for: journal)
    // Named for this process: two parleys reading one journal may both save.
    let temporary = target.path + ".tmp-\(getpid())"
    guard (try? FileIO.makeFolders(target.deletingLastPathComponent().path)) != nil else { return }
    _ = unlink(temporary)
    guard let fd = try? FileIO.createExclusive(temporary) else { return }
    let bytes = Array((line + "\n").utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    FileIO.closeFile(fd)
    if written != bytes.count || rename(temporary, target.path) != 0 { _ = unlink(temporary) }
  }
}
