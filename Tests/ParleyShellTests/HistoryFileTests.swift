import Foundation
import ParleyShell
import Testing

@Suite("HistoryLocation")
struct HistoryLocationTests {
  @Test(
    "resolves the history path from the environment",
    arguments: [
      (["PARLEY_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"], "/tmp/h"),
      (["PARLEY_HISTORY": "~/notes/h", "HOME": "/home/u"], "/home/u/notes/h"),
      (["PARLEY_HISTORY": "relative/h", "HOME": "/home/u"], "relative/h"),
      (["XDG_STATE_HOME": "/s", "HOME": "/home/u"], "/s/parley/history"),
      (["XDG_STATE_HOME": "/s/", "HOME": "/home/u"], "/s/parley/history"),
      (["XDG_STATE_HOME": "relative", "HOME": "/home/u"], "/home/u/.local/state/parley/history"),
      (["XDG_STATE_HOME": "", "HOME": "/home/u"], "/home/u/.local/state/parley/history"),
      (["HOME": "/home/u"], "/home/u/.local/state/parley/history"),
      (["HOME": "/"], "/.local/state/parley/history"),
    ] as [([String: String], String)])
  func resolves(environment: [String: String], expected: String) {
    #expect(HistoryLocation.resolve(environment: environment) == expected)
  }

  @Test(
    "history is off",
    arguments: [
      ["PARLEY_HISTORY": "", "HOME": "/home/u"],
      ["PARLEY_HISTORY": "/dev/null", "XDG_STATE_HOME": "/s", "HOME": "/home/u"],
      ["PARLEY_HISTORY": "~/h"],
      [:],
      ["HOME": ""],
    ] as [[String: String]])
  func disabled(environment: [String: String]) {
    #expect(HistoryLocation.resolve(environment: environment) == nil)
  }
}

@Suite("HistoryFile")
struct HistoryFileTests {
  private func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
  }

  @Test("creates missing folders 0700 and the file 0600, and keeps an existing file")
  func createsPrivately() throws {
    let root = NSTemporaryDirectory() + "parley-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/state/parley/history"
    try HistoryFile.prepare(path)
    #expect(try mode(path) == 0o600)
    #expect(try mode(root + "/state/parley") == 0o700)
    #expect(try mode(root + "/state") == 0o700)
    try Data("kept\n".utf8).write(to: URL(fileURLWithPath: path))
    try HistoryFile.prepare(path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
  }

  @Test("a file where a folder should be is an error")
  func fileInTheWay() throws {
    let root = NSTemporaryDirectory() + "parley-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: root + "/blocker"))
    #expect(throws: HistoryFile.Failure.self) { try HistoryFile.prepare(root + "/blocker/history") }
  }
}
