import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal's last line as parley wrote it, kept beside the journal
/// (`cases/<id>.jsonl.seal`), so removing or changing the last lines is caught.
///
/// The hash chain alone cannot see the end of the file: nothing after the last
/// line records its hash. The seal does: `{"hash":"<64 hex>","seq":7}`.
/// It is replaced atomically (temporary file, fsync, rename) after each append;
/// a crash between the append and the seal leaves it one line behind, which
/// verification allows.
public struct JournalSeal: Codable, Hashable, Sendable {
  /// The sequence number of the last line written.
  public var seq: Int
  /// That line's SHA-256 in hex.
  public var hash: String

  /// The seal of line `seq`, whose SHA-256 is `hash`.
  public init(seq: Int, hash: String) {
    self.seq = seq
    self.hash = hash
  }

  /// Where the seal of the journal at `journal` lives.
  static func url(for journal: URL) -> URL {
    journal.deletingLastPathComponent().appendingPathComponent(
      journal.lastPathComponent + ".seal")
  }

  /// What is beside a journal: its seal, no seal, or a file that is not one.
  public enum Found: Hashable, Sendable {
    case sealed(JournalSeal)
    case missing
    case unreadable
    /// The caller does not check the end (bytes given without their file).
    case notChecked
  }

  /// The seal of the journal at `journal`, as found.
  static func read(for journal: URL) -> Found {
    let path = url(for: journal).path
    guard FileIO.exists(path) else { return .missing }
    guard let bytes = try? FileIO.readAll(path),
      let seal = try? JSONValueDecoder.decode(JournalSeal.self, from: bytes), seal.seq >= 1,
      seal.hash.count == 64
    else { return .unreadable }
    return .sealed(seal)
  }

  /// Replaces the seal of the journal at `journal` atomically; says whether it did.
  ///
  /// After an append a failure is left alone: the journal lines are already
  /// safe, and a seal lagging behind them still verifies.
  @discardableResult
  func write(for journal: URL) -> Bool {
    let target = Self.url(for: journal)
    let temporary = target.path + ".tmp"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard var bytes = try? Array(encoder.encode(self)) else { return false }
    bytes.append(0x0A)
    _ = unlink(temporary)
    guard let fd = try? FileIO.createExclusive(temporary) else { return false }
    let written =
      (try? FileIO.writeOnceAndSync(fd, bytes, path: temporary, restoreLength: 0)) != nil
    FileIO.closeFile(fd)
    guard written, rename(temporary, target.path) == 0 else {
      _ = unlink(temporary)
      return false
    }
    try? FileIO.syncFolder(target.deletingLastPathComponent().path)
    return true
  }
}
