import Foundation
import ParleyTestSupport

/// Runs the independent checkers (Python scripts) that some export tests rely on.
///
/// Each checker needs a `python3`; the ICS one also needs the `icalendar`
/// library, which `Scripts/install-test-tools` installs. When none is found
/// the tests that need it are skipped, and their skip message says why.
enum ExternalChecker {
  /// The interpreters tried, in order, as in `Scripts/check-ics`: only
  /// `$PARLEY_PYTHON` when it is set, else each `python3` on `PATH`, then `/usr/bin/python3`.
  static var candidatePythons: [String] {
    let environment = ProcessInfo.processInfo.environment
    if let chosen = environment["PARLEY_PYTHON"], !chosen.isEmpty {
      return FileManager.default.isExecutableFile(atPath: chosen) ? [chosen] : []
    }
    var candidates: [String] = []
    for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    where !directory.isEmpty {
      candidates.append("\(directory)/python3")
    }
    candidates.append("/usr/bin/python3")
    var seen: Set<String> = []
    return candidates.filter { seen.insert($0).inserted }
      .filter { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The first python3 that can import `icalendar`, or nil.
  static let icalendarPython: String? = candidatePythons.first { python in
    run(python, ["-c", "import icalendar"])?.status == 0
  }

  /// The first python3 at all (the CSV check needs only the standard library), or nil.
  static let anyPython: String? = candidatePythons.first { python in
    run(python, ["-c", "import csv"])?.status == 0
  }

  /// The ICS checker script, beside this file.
  static let icsScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("validate_ics.py").path

  /// Runs a program and returns its exit status and its stdout and stderr together,
  /// or nil when it cannot be started.
  static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String)? {
    guard let run = try? ChildRun.run(executable, arguments, timeout: 300) else { return nil }
    return (run.status, String(decoding: run.stdout + run.stderr, as: UTF8.self))
  }

  /// Writes `text` as UTF-8 to a new temporary file and returns its path.
  static func temporaryFile(_ text: String, suffix: String) throws -> String {
    try temporaryFile(bytes: Array(text.utf8), suffix: suffix)
  }

  /// Writes `bytes` as they are (even if not valid UTF-8) to a new temporary file.
  static func temporaryFile(bytes: [UInt8], suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-export-\(UUID().uuidString)\(suffix)")
    try Data(bytes).write(to: url)
    return url.path
  }
}
