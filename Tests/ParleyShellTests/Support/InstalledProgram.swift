import Foundation
import ParleyTestSupport
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

  /// Runs the program with `arguments` in `directory`, its output drained
  /// as it comes so a long output never blocks it.
  func run(
    _ arguments: [String], directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> Run {
    let run = try ChildRun.run(
      path, arguments, environment: environment, directory: directory?.path, timeout: 300)
    return Run(
      status: run.status, stdout: String(decoding: run.stdout, as: UTF8.self),
      stderr: String(decoding: run.stderr, as: UTF8.self))
  }
}
