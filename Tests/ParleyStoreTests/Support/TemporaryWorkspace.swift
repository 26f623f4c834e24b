import Foundation
import ParleyKit
import ParleyStore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh workspace in its own temporary folder, removed when the test is done.
final class TemporaryWorkspace {
  /// The temporary folder that holds the workspace.
  let folder: URL
  /// The workspace, at `<folder>/parley`.
  let workspace: Workspace

  init(lockWait: Duration = .seconds(2)) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-store-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    workspace = try Workspace(
      root: folder.appendingPathComponent("parley", isDirectory: true), lockWait: lockWait)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Creates a case for `client` with its opening event.
  func openCase(client: String = "Acme Ltd") throws -> Journal {
    try workspace.createCase(Fixtures.opened(client), at: Fixtures.time(0))
  }

  /// The bytes of the file at `url`.
  func bytes(_ url: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: url))
  }

  /// Replaces the file at `url` with `bytes`, keeping its mode.
  func overwrite(_ url: URL, with bytes: [UInt8]) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
  }

  /// Adds `bytes` to the end of the file at `url`.
  func appendRaw(_ url: URL, _ bytes: [UInt8]) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
  }

  /// The file's lines (split on `\n`, without it; a final empty piece dropped).
  func lines(_ url: URL) throws -> [[UInt8]] {
    var pieces = try bytes(url).split(separator: 0x0A, omittingEmptySubsequences: false)
      .map(Array.init)
    if pieces.last?.isEmpty == true { pieces.removeLast() }
    return pieces
  }

  /// Writes `lines` back, each followed by `\n`.
  func writeLines(_ url: URL, _ lines: [[UInt8]]) throws {
    try overwrite(url, with: lines.flatMap { $0 + [0x0A] })
  }

  /// The permission bits of `url`.
  func mode(_ url: URL) -> mode_t? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }
}
