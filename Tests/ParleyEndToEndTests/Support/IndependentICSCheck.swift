import Foundation
import ParleyTestSupport

/// The independent .ics checker, `Tests/ParleyShellTests/Exports/validate_ics.py`,
/// run on files the built binary wrote.
///
/// It needs a python3 that can import `icalendar`; the interpreters are tried
/// as the shell tests' `ExternalChecker` and `Scripts/check-ics` try them: only
/// `$PARLEY_PYTHON` when it is set, else each `python3` on `PATH`, then
/// `/usr/bin/python3`. With none, the tests that need it are skipped, saying so.
enum IndependentICSCheck {
  /// Why the check is skipped when no python3 can import `icalendar`.
  static let skipMessage =
    "no python3 with the icalendar library (tried $PARLEY_PYTHON, else python3 on PATH, "
    + "then /usr/bin/python3): run Scripts/install-test-tools to install it"

  /// The interpreters to try, in order, that exist and are executable.
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
  static let python: String? = candidatePythons.first { python in
    (try? run(python, ["-c", "import icalendar"]))?.status == 0
  }

  /// validate_ics.py, in the shell tests' Exports folder.
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // ParleyEndToEndTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("ParleyShellTests/Exports/validate_ics.py").path

  /// One event as an independent parser should read it back (validate_ics.py's `--expect`).
  struct ExpectedEvent: Encodable {
    struct Alarm: Encodable {
      var description: String
      var triggerSeconds: Double
    }
    var uid: String
    var date: String
    var summary: String
    var description: String?
    var sequence: Int?
    /// Whether the event is withdrawn (`STATUS:CANCELLED`); nil means not.
    var cancelled: Bool?
    var alarms: [Alarm]
  }

  /// Runs the checker on `file`, with expectations when given: its status and report.
  ///
  /// With `earlier`, a file exported before, it also checks that `file`
  /// supersedes it: every earlier UID still there, SEQUENCE never lower and
  /// higher where the event's days or STATUS changed.
  static func check(
    file: String, expecting events: [ExpectedEvent]? = nil, after earlier: String? = nil
  ) throws -> ParleyResult {
    guard let python else {
      throw ChildProcess.Failure(description: skipMessage)
    }
    var arguments = [script]
    if let earlier { arguments += ["--after", earlier] }
    var expectFile: URL?
    if let events {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("parley-e2e-expect-\(UUID().uuidString).json")
      try JSONEncoder().encode(events).write(to: url)
      expectFile = url
      arguments += ["--expect", url.path]
    }
    defer { if let expectFile { try? FileManager.default.removeItem(at: expectFile) } }
    return try run(python, arguments + [file])
  }

  /// Runs `python` with `arguments` in this process's environment, never past 30 s.
  private static func run(_ python: String, _ arguments: [String]) throws -> ParleyResult {
    try ParleyProcess.run(
      executable: python, arguments: arguments,
      environment: ProcessInfo.processInfo.environment, timeout: 30)
  }
}
