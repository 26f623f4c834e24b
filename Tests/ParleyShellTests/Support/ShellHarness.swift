import Foundation
import ParleyKit

@testable import ParleyShell

/// Runs shell sessions in-process against a fresh temporary workspace.
final class ShellHarness {
  let home: URL
  let environment: [String: String]

  init() throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-shell-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    environment = [
      "PARLEY_HOME": home.path, "PARLEY_NOW": "2026-11-29T10:00:00Z", "HOME": home.path,
    ]
  }

  deinit { try? FileManager.default.removeItem(at: home) }

  /// The result of one session or command.
  struct Run {
    let status: ParleyShell.ExitStatus
    let output: CapturedOutput
    let reader: ScriptedLineReader
    var stdout: String { output.standardOutput }
    var stderr: String { output.standardError }
  }

  /// Runs a REPL session fed `inputs`, as a person at a terminal (or a script).
  func session(_ inputs: [LineInput], interactive: Bool = true) throws -> Run {
    let output = CapturedOutput()
    let reader = ScriptedLineReader(inputs, isInteractive: interactive)
    let context = ShellContext(
      output: output, reader: reader, environment: environment,
      book: try CaseBook(environment: environment), style: Style(isColored: false),
      isOneShot: false)
    return Run(status: Repl(context: context).run(), output: output, reader: reader)
  }

  /// Runs a session of typed lines.
  func session(_ lines: [String], interactive: Bool = true) throws -> Run {
    try session(lines.map(LineInput.line), interactive: interactive)
  }

  /// Runs one command as `parley WORDS…` with answers (if any) from `answers`.
  func oneShot(_ words: [String], answers: [String] = []) throws -> Run {
    let output = CapturedOutput()
    let reader = ScriptedLineReader(lines: answers, isInteractive: false)
    let context = ShellContext(
      output: output, reader: reader, environment: environment,
      book: try CaseBook(environment: environment), style: Style(isColored: false),
      isOneShot: true)
    return Run(status: Shell.runOneShot(words, in: context), output: output, reader: reader)
  }

  /// Creates the case `acme-ltd` with one £1,200.50 invoice due 1 Oct 2026.
  @discardableResult
  func makeAcme() throws -> Run {
    try oneShot([
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", "£1,200.50",
      "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
  }

  /// The bytes of case `id`'s journal.
  func journal(_ id: String) -> Data {
    FileManager.default.contents(atPath: home.appendingPathComponent("cases/\(id).jsonl").path)
      ?? Data()
  }

  /// The case files in the workspace.
  var caseFiles: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("cases").path))?
      .sorted() ?? []
  }
}
