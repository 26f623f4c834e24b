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
struct JournalSeal: Codable, Hashable, Sendable {
  /// The sequence number of the last line written.
  var seq: Int
  /// That line's SHA-256 in hex.
  var hash: String

  /// Where the seal of the journal at `journal` lives.
  static func url(for journal: URL) -> URL {
    journal.deletingLastPathComponent().appendingPathComponent(
      journal.lastPathComponent + ".seal")
  }

  /// The seal of the journal at `journal`, if there is a readable one.
  static func read(for journal: URL) -> JournalSeal? {
    guard let data = FileManager.default.contents(atPath: url(for: journal).path) else {
      return nil
    }
    return try? JSONDecoder().decode(JournalSeal.self, from: data)
  }

  /// Replaces the seal of the journal at `journal` atomically; failures are ignored
  /// because the journal line itself is already safe, and a lagging seal is allowed.
  func write(for journal: URL) {
    let target = Self.url(for: journal)
    let temporary = target.path + ".tmp"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard var bytes = try? Array(encoder.encode(self)) else { return }
    bytes.append(0x0A)
    _ = unlink(temporary)
    guard let fd = try? FileIO.createExclusive(temporary) else { return }
    let written =
      (try? FileIO.writeOnceAndSync(fd, bytes, path: temporary, restoreLength: 0)) != nil
    FileIO.closeFile(fd)
    guard written, rename(temporary, target.path) == 0 else {
      _ = unlink(temporary)
      return
    }
    try? FileIO.syncFolder(target.deletingLastPathComponent().path)
  }
}
