import Foundation
import Testing

/// A program the tests run to check parley's output independently (bash, zsh,
/// fish, groff), found on PATH or in /usr/bin and /bin. Tests that need one
/// that is missing are skipped, and say so: `Scripts/install-test-tools`
/// installs them.
struct InstalledProgram {
  /// The program's full path.
  let path: String

  /// What a run printed and how it ended.
  struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// The program called `name`, if it is installed.
  static func named(_ name: String) -> InstalledProgram? {
    let environment = ProcessInfo.processInfo.environment
    let folders =
      (environment["PATH"] ?? "").split(separator: ":").map(String.init)
      + ["/usr/bin", "/bin"]
    return folders.filter { !$0.isEmpty }.map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
      .map(InstalledProgram.init)
  }

  /// Why a test is skipped when `name` is not installed.
  static func skipMessage(_ name: String) -> Comment {
    "skipped: \(name) is not installed (Scripts/install-test-tools installs it with apt-get)"
  }

  /// Runs the program with `arguments` in `directory`, its output collected
  /// in files so a long output never blocks it.
  func run(
    _ arguments: [String], directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> Run {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-program-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("stdout")
    let err = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }
}
