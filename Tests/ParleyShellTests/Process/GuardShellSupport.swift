import Foundation
import ParleyKit

@testable import ParleyShell

extension ShellHarness {
  /// Runs one command as `parley WORDS…` as if at a terminal, answers from `answers`.
  func atTerminal(_ words: [String], answers: [String]) throws -> Run {
    let output = CapturedOutput()
    let reader = ScriptedLineReader(lines: answers, isInteractive: true)
    let context = ShellContext(
      output: output, reader: reader, environment: environment,
      book: try CaseBook(environment: environment), style: Style(isColored: false),
      isOneShot: true)
    return Run(status: Shell.runOneShot(words, in: context), output: output, reader: reader)
  }

  /// A context for calling shell helpers directly, with answers from `answers`.
  func context(answers: [String] = [], interactive: Bool = false) throws -> (
    ShellContext, CapturedOutput
  ) {
    let output = CapturedOutput()
    let context = ShellContext(
      output: output, reader: ScriptedLineReader(lines: answers, isInteractive: interactive),
      environment: environment, book: try CaseBook(environment: environment),
      style: Style(isColored: false), isOneShot: true)
    return (context, output)
  }

  /// The `type` of each line of case `id`'s journal, in order.
  func entryTypes(_ id: String = "acme-ltd") throws -> [String] {
    try entries(id).map { $0["type"] as? String ?? "" }
  }

  /// Each line of case `id`'s journal as a dictionary.
  func entries(_ id: String = "acme-ltd") throws -> [[String: Any]] {
    try String(decoding: journal(id), as: UTF8.self).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  /// The folder of the user's jurisdiction profiles (`~/.config/parley/jurisdictions`).
  var userProfiles: URL {
    home.appendingPathComponent(".config/parley/jurisdictions", isDirectory: true)
  }

  /// Acme with a reminder on 8 Oct 2026 (logged after the fact: no guard).
  func makeAcmeWithReminder() throws {
    try makeAcme()
    let run = try oneShot([
      "log", "--channel", "email", "--out", "--on", "2026-10-08", "--summary", "friendly reminder",
    ])
    precondition(run.status == .success, run.stderr)
  }
}
