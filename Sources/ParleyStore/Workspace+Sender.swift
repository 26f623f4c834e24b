import Foundation
import ParleyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Workspace {
  /// The user's own details, `<root>/me.json` (0600): kept with the cases
  /// they sign, so a second workspace can be a second business.
  public var senderFile: URL { root.appendingPathComponent("me.json") }

  /// The user's details, or nil when they were never given.
  ///
  /// - Throws: ``StoreError/damagedSettings(path:problem:)`` when the file
  ///   is not valid details; other ``StoreError``s when it cannot be read.
  public func loadSender() throws(StoreError) -> SenderDetails? {
    let path = senderFile.path
    guard FileIO.exists(path) else { return nil }
    let bytes = try FileIO.readAll(path)
    do {
      return try JSONDecoder().decode(SenderDetails.self, from: Data(bytes))
    } catch {
      throw .damagedSettings(path: path, problem: "it is not valid JSON for your details")
    }
  }

  /// Saves the user's details, replacing the file in one step so a crash
  /// leaves either the old details or the new ones.
  public func saveSender(_ details: SenderDetails) throws(StoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do {
      data = try encoder.encode(details)
    } catch {
      throw .encodingFailed(type: "me", detail: "\(error)")
    }
    let path = senderFile.path
    let temporary = path + ".new"
    if FileIO.exists(temporary) { _ = unlink(temporary) }
    let fd = try FileIO.createExclusive(temporary)
    do {
      try FileIO.writeOnceAndSync(fd, Array(data) + [0x0A], path: temporary, restoreLength: 0)
    } catch {
      FileIO.closeFile(fd)
      _ = unlink(temporary)
      throw error
    }
    FileIO.closeFile(fd)
    guard rename(temporary, path) == 0 else {
      let code = errno
      _ = unlink(temporary)
      throw StoreError.fromErrno(code, path: path, action: "replace")
    }
    try FileIO.syncFolder(root.path)
  }
}
