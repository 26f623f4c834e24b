import Foundation
import ParleyKit
import ParleyStore

/// `verify`: check every journal's hash chain and seal; anchor them; reseal one.
enum VerifyCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "verify", summary: "Check that no entry was edited or deleted",
    discussion: """
      Each journal line carries the SHA-256 of the line before it, so editing or \
      deleting a line breaks the chain, and a seal beside each journal records \
      the last line parley wrote, so removing lines at the end is caught too. \
      'verify' checks every case (or --case) and names the first line that does \
      not match; exit status 1 if any fails. parley never adds to a journal that \
      fails, and says so whenever it shows one.

      Someone who rewrites both a whole journal and its seal leaves a journal \
      that verifies: only an anchor kept elsewhere catches that. --anchor \
      prints one short line per case (case@line:hash) to email to yourself or \
      print; --against ANCHOR (the lines themselves, or a file holding them) \
      proves each journal still holds the anchored line and goes on from it.

      --reseal accepts a journal whose only fault is at its end (lines removed, \
      the last one changed, the seal lost) as it now stands, and records that \
      it did, with what the old seal said. A journal broken in the middle \
      cannot be resealed: restore it from a backup.
      """,
    examples: [
      "verify", "verify --case acme --json", "verify --anchor",
      "verify --against anchor.txt", "verify --case acme --reseal",
    ],
    options: [
      .caseOption, .json,
      .flag("anchor", "print each journal's anchor (case@line:hash) to keep elsewhere"),
      .value(
        "against", "ANCHOR", "check the journals against anchors, given or in a file",
        values: .file),
      .flag("reseal", "accept the case's journal as it stands when only its end fails"),
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let modes = ["anchor", "against", "reseal"].filter {
      arguments.has($0) || arguments.value($0) != nil
    }
    guard modes.count <= 1 else {
      throw ShellError.usage(
        "--\(modes[0]) and --\(modes[1]) cannot be used together", command: spec.name)
    }
    if arguments.has("reseal") { return try reseal(arguments, in: context) }
    if let anchors = arguments.value("against") {
      return try check(against: anchors, arguments, in: context)
    }
    let ids =
      arguments.value("case") != nil
      ? [try context.book.resolve(arguments.value("case") ?? "")]
      : try context.book.caseIDs()
    let reports = try ids.map { try context.book.verify($0) }
    if arguments.has("anchor") { return try printAnchors(reports, arguments, in: context) }
    if arguments.has("json") {
      context.say(try JSONOutput.render(reports, as: "cases"))
    } else if reports.isEmpty {
      context.say("No cases yet; nothing to verify.")
    } else {
      for report in reports {
        if let problem = report.problem {
          context.say(context.style.red("\(report.caseID): BROKEN — \(problem)"))
        } else {
          context.say(
            "\(report.caseID): intact, \(report.lineCount) entries, last hash "
              + String(report.lastHash.prefix(16)))
        }
      }
    }
    try failIfBroken(reports)
  }

  private static func failIfBroken(_ reports: [VerificationReport]) throws {
    let broken = reports.filter { $0.problem != nil }.map(\.caseID)
    guard broken.isEmpty else {
      throw ShellError.failed(
        "the journal of \(broken.joined(separator: ", ")) does not verify; keep a copy as it is "
          + "and do not rely on it as evidence until you know why")
    }
  }

  /// `--anchor`: one line per intact journal, to keep somewhere else.
  private static func printAnchors(
    _ reports: [VerificationReport], _ arguments: ParsedArguments, in context: ShellContext
  ) throws {
    let anchors = reports.filter { $0.problem == nil && $0.lineCount > 0 }.map {
      JournalAnchor(caseID: $0.caseID, seq: $0.lineCount, hash: $0.lastHash)
    }
    if arguments.has("json") {
      context.say(try JSONOutput.render(anchors.map(AnchorJSON.init), as: "anchors"))
    } else if reports.isEmpty {
      context.say("No cases yet; nothing to anchor.")
    } else {
      let now = try context.now()
      context.say(
        "parley anchors, \(now.isoUTC): keep these lines where they cannot be changed "
          + "(email them to yourself, print them); 'verify --against' checks them later.")
      for anchor in anchors { context.say(anchor.description) }
    }
    try failIfBroken(reports)
  }

  /// `--against`: each anchor's journal still holds the anchored line and goes on from it.
  private static func check(
    against value: String, _ arguments: ParsedArguments, in context: ShellContext
  ) throws {
    var text = value
    if FileManager.default.fileExists(atPath: value) {
      guard let data = FileManager.default.contents(atPath: value) else {
        throw ShellError.invalid("cannot read the anchor file \(value)")
      }
      text = String(decoding: data, as: UTF8.self)
    }
    var anchors = JournalAnchor.all(in: text)
    let workspace = context.book.workspace
    // An anchor taken before a case was renamed names its old id: its journal goes by the new one.
    func currentID(_ anchor: JournalAnchor) -> String? {
      guard
        !FileManager.default.fileExists(atPath: workspace.journalURL(forCase: anchor.caseID).path)
      else { return nil }
      return try? workspace.currentID(ofFormerCase: anchor.caseID)
    }
    if let query = arguments.value("case") {
      let id = try context.book.resolve(query)
      anchors = anchors.filter { $0.caseID == id || currentID($0) == id }
    }
    guard !anchors.isEmpty else {
      throw ShellError.usage(
        "no anchor found in '\(String(value.prefix(60)))'; give the lines 'verify --anchor' "
          + "printed (case@line:hash), or a file holding them", command: spec.name)
    }
    let results = anchors.map { anchor in
      let renamed = currentID(anchor)
      let url = workspace.journalURL(forCase: renamed ?? anchor.caseID)
      return (anchor, anchor.check(journalAt: url), renamed)
    }
    if arguments.has("json") {
      let checks = results.map { AnchorCheckJSON(anchor: $0.0, check: $0.1, renamedTo: $0.2) }
      context.say(try JSONOutput.render(checks, as: "anchors"))
    } else {
      for (anchor, check, renamed) in results {
        let name = anchor.caseID + (renamed.map { " (now \($0))" } ?? "")
        let line = "\(name): " + describe(check, anchor: anchor)
        context.say(check.holds ? line : context.style.red(line))
      }
    }
    let failed = results.filter { !$0.1.holds }.map(\.0.caseID)
    guard failed.isEmpty else {
      throw ShellError.failed(
        "the journal of \(failed.joined(separator: ", ")) no longer extends its anchor; keep "
          + "a copy as it is and do not rely on it as evidence until you know why")
    }
  }

  private static func describe(_ check: JournalAnchor.Check, anchor: JournalAnchor) -> String {
    switch check {
    case .extends(let lineCount):
      "extends its anchor: line \(anchor.seq) is as anchored and the chain is intact to line "
        + "\(lineCount)"
    case .caseMissing:
      "NO JOURNAL: the case's journal is gone"
    case .lineMissing(let lineCount):
      "DOES NOT EXTEND its anchor: the journal ends at line \(lineCount), before the anchored "
        + "line \(anchor.seq)"
    case .lineChanged:
      "DOES NOT EXTEND its anchor: line \(anchor.seq) is not the line anchored (the journal was "
        + "rewritten)"
    case .broken(let result):
      "holds the anchored line, but does not verify: \(result)"
    }
  }

  /// `--reseal`: accept a journal whose only fault is at its end, and record that.
  private static func reseal(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard let query = arguments.value("case") else {
      throw ShellError.usage("--reseal works on one case: add --case CASE", command: spec.name)
    }
    let id = try context.book.resolve(query)
    let report = try context.book.verify(id)
    guard let problem = report.problem else {
      context.say("\(id): the journal verifies; there is nothing to reseal.")
      return
    }
    let (line, seq) = try context.book.reseal(id, problem: problem, at: context.now())
    context.say(
      "\(id): accepted the journal as it now stands (it failed at \(problem)); sealed at line "
        + "\(line), and entry \(seq) records that you did.")
  }
}

extension JournalAnchor.Check {
  /// Whether the journal still extends the anchor.
  var holds: Bool {
    if case .extends = self { return true }
    return false
  }
}
