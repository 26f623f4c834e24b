import Foundation
import Testing

/// A private world for one test: a fresh workspace, history file and HOME in a
/// temporary folder, a fixed clock and time zone, and the built `parley`.
///
/// Nothing here reads the real clock or the user's files; the folder is
/// removed when the sandbox goes away.
final class ParleySandbox {
  /// The fixed "now" every run sees.
  static let now = "2026-11-29T10:00:00Z"

  let root: URL
  /// `PARLEY_HOME`: the workspace.
  let workspace: URL
  /// `HOME`.
  let home: URL
  /// `PARLEY_HISTORY`, or nil when history is turned off (`PARLEY_HISTORY=""`).
  let historyPath: String?
  let executable: String

  /// - Parameter keepsHistory: false sets `PARLEY_HISTORY` to "" (history off).
  init(keepsHistory: Bool = true) throws {
    executable = try #require(
      PseudoTerminal.builtProduct(named: "parley"),
      "the parley binary is not built: run `swift build --build-tests` first")
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-e2e-\(UUID().uuidString)", isDirectory: true)
    workspace = root.appendingPathComponent("workspace", isDirectory: true)
    home = root.appendingPathComponent("home", isDirectory: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    historyPath = keepsHistory ? root.appendingPathComponent("history").path : nil
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// The environment of a run: only what parley needs, all of it fixed.
  func environment(terminal: Bool = false, color: Bool = false) -> [String: String] {
    var environment = [
      "PARLEY_HOME": workspace.path,
      "PARLEY_HISTORY": historyPath ?? "",
      "PARLEY_NOW": Self.now,
      "TZ": "Europe/London",
      "HOME": home.path,
      "TERM": terminal ? "xterm" : "dumb",
      "LANG": "C.UTF-8",
      "LC_ALL": "C.UTF-8",
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      // Long output on a terminal would wait in less for a key; the pager's
      // own tests set PAGER to a program that records it was called.
      "PAGER": "cat",
    ]
    if !color { environment["NO_COLOR"] = "1" }
    return environment
  }

  // MARK: - Running

  /// Runs `parley arguments...` with `stdin` (empty: the input ends at once).
  func run(
    _ arguments: [String], stdin: String = "", environment overrides: [String: String] = [:],
    timeout: TimeInterval = 20
  ) throws -> ParleyResult {
    let environment = self.environment().merging(overrides) { _, new in new }
    let result = try ParleyProcess.run(
      executable: executable, arguments: arguments, stdin: Data(stdin.utf8),
      environment: environment, directory: root, timeout: timeout)
    #expect(!result.timedOut, "parley \(arguments) did not finish: \(result)")
    return result
  }

  /// Runs `parley arguments...` (variadic form).
  func run(_ arguments: String..., stdin: String = "") throws -> ParleyResult {
    try run(arguments, stdin: stdin)
  }

  /// Runs a script: `parley` with no arguments and `lines` on stdin.
  func script(_ lines: [String], environment overrides: [String: String] = [:]) throws
    -> ParleyResult
  {
    try run([], stdin: lines.map { $0 + "\n" }.joined(), environment: overrides)
  }

  /// Runs a command that must succeed, and records why if it does not.
  @discardableResult
  func succeed(_ arguments: String..., stdin: String = "") throws -> ParleyResult {
    let result = try run(arguments, stdin: stdin)
    try #require(result.status == 0, "parley \(arguments) failed: \(result)")
    return result
  }

  /// Opens the case every test starts from: Acme Ltd owes £1,200.50 on
  /// INV-042, issued 1 Sep 2026, due 1 Oct 2026 (59 days overdue on 29 Nov).
  @discardableResult
  func openAcme(withReminder: Bool = true) throws -> String {
    try succeed(
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", "£1,200.50",
      "--issued", "2026-09-01", "--due", "2026-10-01")
    if withReminder {
      try succeed(
        "log", "--case", "acme", "--channel", "email", "--out", "--on", "2026-10-08",
        "--summary", "first reminder")
    }
    return "acme-ltd"
  }

  /// The shell on a pseudo-terminal with the Acme case open, at its prompt.
  func shellWithAcmeOpen() throws -> PseudoTerminal {
    let terminal = try terminal()
    try terminal.expectPrompt()
    terminal.send("open acme" + Key.enter)
    try terminal.expectPrompt(PseudoTerminal.acmePrompt)
    return terminal
  }

  /// Starts `parley` on a pseudo-terminal (TERM=xterm: the libedit shell), in
  /// `directory` when one is given.
  func terminal(
    _ arguments: [String] = [], color: Bool = false, environment overrides: [String: String] = [:],
    columns: UInt16 = 80, rows: UInt16 = 24, directory: URL? = nil
  ) throws -> PseudoTerminal {
    let environment = self.environment(terminal: true, color: color)
      .merging(overrides) { _, new in new }
    return try PseudoTerminal(
      executable: executable, arguments: arguments, environment: environment,
      directory: directory?.path, columns: columns, rows: rows)
  }

  // MARK: - The journal

  var casesFolder: URL { workspace.appendingPathComponent("cases", isDirectory: true) }

  func journalURL(_ caseID: String = "acme-ltd") -> URL {
    casesFolder.appendingPathComponent("\(caseID).jsonl")
  }

  /// The journal's exact bytes.
  func journal(_ caseID: String = "acme-ltd") throws -> Data {
    try Data(contentsOf: journalURL(caseID))
  }

  /// The journal's lines, without their newlines.
  func journalLines(_ caseID: String = "acme-ltd") throws -> [String] {
    String(decoding: try journal(caseID), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// The journal's lines as JSON objects.
  func records(_ caseID: String = "acme-ltd") throws -> [[String: Any]] {
    try journalLines(caseID).map { line in
      try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        "not a JSON object: \(line)")
    }
  }

  /// The `data` of every journal entry of `type`.
  func entries(ofType type: String, in caseID: String = "acme-ltd") throws -> [[String: Any]] {
    try records(caseID).filter { $0["type"] as? String == type }
      .compactMap { $0["data"] as? [String: Any] }
  }

  /// The names of the files in the cases folder (none when it does not exist).
  func caseFiles() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).sorted()
  }
}

/// Parses JSON output, failing the test with the text when it is not JSON.
func parseJSON(_ text: String) throws -> Any {
  do {
    return try JSONSerialization.jsonObject(with: Data(text.utf8))
  } catch {
    Issue.record("not JSON: \(error)\n\(text)")
    throw error
  }
}
