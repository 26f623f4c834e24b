import Foundation
import ParleyKit

@testable import ParleyShell

/// Runs commands at chosen moments, and builds the case the evidence tests export.
extension ShellHarness {
  /// The moment every export in these tests is made.
  static let exportNow = "2026-12-05T10:00:00Z"

  /// Runs `parley WORDS…` one-shot with the clock fixed at `now` (UTC).
  func oneShot(_ words: [String], at now: String, answers: [String] = []) throws -> Run {
    var environment = self.environment
    environment["PARLEY_NOW"] = now
    let output = CapturedOutput()
    let reader = ScriptedLineReader(lines: answers, isInteractive: false)
    let context = ShellContext(
      output: output, reader: reader, environment: environment,
      book: try CaseBook(environment: environment), style: Style(isColored: false),
      isOneShot: true)
    return Run(status: Shell.runOneShot(words, in: context), output: output, reader: reader)
  }

  /// Runs a command that must succeed; throws with its output when it does not.
  @discardableResult
  func succeed(_ words: [String], at now: String, answers: [String] = []) throws -> Run {
    let run = try oneShot(words, at: now, answers: answers)
    guard run.status == .success else {
      throw EvidenceFixtureError(
        description: "parley \(words) failed (\(run.status.rawValue)): \(run.stderr)")
    }
    return run
  }

  /// The evidence record of case `id` as `export` builds it, at `now`, naming
  /// `claimant`, in `version`.
  func evidenceRecord(
    _ id: String, at now: String = exportNow, claimant: EvidenceParty? = nil,
    version: EvidenceVersion = .full
  ) throws -> EvidenceRecord {
    var environment = self.environment
    environment["PARLEY_NOW"] = now
    let context = ShellContext(
      output: CapturedOutput(), reader: ScriptedLineReader(lines: [], isInteractive: false),
      environment: environment, book: try CaseBook(environment: environment),
      style: Style(isColored: false), isOneShot: true)
    return try ExportCommand.record(
      caseID: id, claimant: claimant, version: version, in: context)
  }

  /// Replaces `old` with `new` in line `line` (from 1) of case `id`'s journal, as a
  /// person with a text editor would: the line stays valid JSON, the chain breaks.
  func tamper(_ id: String, line: Int, replacing old: String, with new: String) throws {
    var lines = String(decoding: journal(id), as: UTF8.self).components(separatedBy: "\n")
    guard lines.indices.contains(line - 1), lines[line - 1].contains(old) else {
      throw EvidenceFixtureError(description: "line \(line) of \(id) has no '\(old)'")
    }
    lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: journalPath(id)))
  }

  /// The full text of the first reminder: several lines, quotes, a formula-like
  /// line, a Markdown fence and HTML-like text, all to come out exactly as written.
  static let reminderText = """
    Dear Sam,

    Invoice "INV-042" (£1,200.50) was due on 1 October.
    =HYPERLINK("http://example.com") is not a formula here.
    ~~~
    <b>Thanks</b> & regards,
    Alex
    """

  /// Builds case `acme-sons`, recorded over ten weeks: contacts logged out
  /// of order, a payment entered twice and voided, a note, cash flow, and a
  /// two-installment plan with the first paid.
  func makeEvidenceCase() throws {
    try succeed(
      [
        "new", "--client", "Acme & Sons", "--contact", "Sam Patel <sam@acme.example>",
        "--invoice", "INV-042", "--amount", "£1,200.50", "--issued", "2026-09-01", "--due",
        "2026-10-01",
      ], at: "2026-10-02T09:00:00Z")
    try succeed(
      [
        "log", "--case", "acme", "--channel", "phone", "--in", "--on", "2026-10-20",
        "--summary", "Sam called: cash is tight until December",
      ], at: "2026-10-20T17:30:00Z")
    try succeed(
      [
        "log", "--case", "acme", "--channel", "email", "--out", "--on", "2026-10-08",
        "--summary", "first reminder", "--text",
      ], at: "2026-10-21T08:15:00Z",
      answers: Self.reminderText.components(separatedBy: "\n") + ["."])
    try succeed(
      [
        "log", "--case", "acme", "--channel", "letter", "--out", "--on", "2026-10-20",
        "--summary", "posted a copy of the invoice",
      ], at: "2026-10-22T11:00:00Z")
    try succeed(
      ["paid", "--case", "acme", "£200", "--on", "2026-11-02"], at: "2026-11-02T12:00:00Z")
    try succeed(
      ["paid", "--case", "acme", "£200", "--on", "2026-11-02"], at: "2026-11-03T09:00:00Z")
    try succeed(
      ["void", "--case", "acme", "6", "--reason", "entered twice by mistake"],
      at: "2026-11-03T09:05:00Z")
    try succeed(
      ["note", "--case", "acme", "Sam asked for \"a few weeks\" | we agreed to talk again"],
      at: "2026-11-10T10:00:00Z")
    try succeed(
      [
        "cashflow", "--case", "acme", "--need", "£500", "--need-by", "2026-12-31", "--can-pay",
        "£500 a month", "--from", "2026-12-01",
      ], at: "2026-11-10T10:05:00Z")
    try succeed(
      [
        "plan", "custom", "--case", "acme", "--installments",
        "2026-12-01 £500.25; 2027-01-04 £500.25", "--agree",
      ], at: "2026-11-12T14:00:00Z")
    try succeed(
      ["paid", "--case", "acme", "£500.25", "--on", "2026-12-01"], at: "2026-12-01T15:00:00Z")
  }

  /// What the user wrote that shows their own position, and must never reach
  /// the shared version: their need, their walk-away note, their reason for
  /// going past a warning, and a note they voided.
  static let privateTexts = [
    "£400.00", "2027-03-31", "I would settle for £900 if pushed", "they asked for it in writing",
    "typo: mixed up cases", "written on the wrong case", "£200.00 a month", "skip-mediation",
  ]

  /// Builds case `acme-ltd` with every kind of entry: the facts a mediator
  /// should see, and the entries that show the user's own position.
  ///
  /// Left out of the shared version: 4 (cash flow), 5 (plan options),
  /// 6 and 16 (notes), 9 (a warning overridden) and 17 (the void of note 16).
  /// Kept: 1 and 2 (the case and invoice), 3 (an email in full), 7 (a call),
  /// 8 (a dispute), 10 and 11 (escalation), 12 (a promise), 13 and 14
  /// (payments, 14 voided by 15) and 18 (a plan agreed).
  func makePrivateCase() throws {
    try succeed(
      [
        "new", "--client", "Acme Ltd", "--contact", "Sam <sam@acme.example>", "--invoice",
        "INV-042", "--amount", "£1,200.50", "--issued", "2026-09-01", "--due", "2026-10-01",
      ], at: "2026-10-02T09:00:00Z")
    try succeed(
      [
        "log", "--case", "acme", "--channel", "email", "--out", "--summary", "first reminder",
        "--text",
      ], at: "2026-10-08T09:00:00Z",
      answers: ["Dear Sam,", "Invoice INV-042 was due on 1 October.", "Alex", "."])
    try succeed(
      [
        "cashflow", "--case", "acme", "--need", "£400", "--need-by", "2026-12-31", "--rest-by",
        "2027-03-31", "--keep-client", "yes", "--can-pay", "£200 a month", "--from", "2026-12-01",
      ], at: "2026-10-20T09:00:00Z")
    try succeed(["plan", "--case", "acme"], at: "2026-10-20T09:05:00Z")
    try succeed(
      ["note", "--case", "acme", "I would settle for £900 if pushed"], at: "2026-10-21T09:00:00Z")
    try succeed(
      [
        "log", "--case", "acme", "--channel", "phone", "--in", "--summary",
        "Sam says the second phase was late",
      ], at: "2026-10-22T09:00:00Z")
    try succeed(
      [
        "dispute", "--case", "acme", "--about", "says the second phase was delivered late",
        "--amount", "£300",
      ], at: "2026-10-22T09:05:00Z")
    try succeed(
      [
        "escalate", "--case", "acme", "letter-before-claim-sent", "--override",
        "they asked for it in writing",
      ], at: "2026-10-23T09:00:00Z")
    try succeed(
      [
        "escalate", "--case", "acme", "mediation-offered", "--details",
        "offered the small claims mediation service",
      ], at: "2026-10-23T09:10:00Z")
    try succeed(
      ["promise", "--case", "acme", "--by", "2026-11-15", "--amount", "£500"],
      at: "2026-10-30T09:00:00Z")
    try succeed(
      ["paid", "--case", "acme", "£500", "--on", "2026-11-15"], at: "2026-11-15T09:00:00Z")
    try succeed(
      ["paid", "--case", "acme", "£500", "--on", "2026-11-15"], at: "2026-11-15T09:01:00Z")
    try succeed(
      ["void", "--case", "acme", "14", "--reason", "entered twice"], at: "2026-11-15T09:02:00Z")
    try succeed(["note", "--case", "acme", "typo: mixed up cases"], at: "2026-11-16T09:00:00Z")
    try succeed(
      ["void", "--case", "acme", "16", "--reason", "written on the wrong case"],
      at: "2026-11-16T09:01:00Z")
    try succeed(
      [
        "plan", "custom", "--case", "acme", "--installments",
        "2026-12-15 £350.25; 2027-01-15 £350.25", "--agree",
      ], at: "2026-11-20T09:00:00Z")
  }

  /// The path of case `id`'s journal.
  func journalPath(_ id: String) -> String {
    home.appendingPathComponent("cases/\(id).jsonl").path
  }
}
