import ParleyKit

/// `verify`: check every journal's hash chain.
enum VerifyCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "verify", summary: "Check that no entry was edited or deleted",
    discussion: """
      Each journal line carries the SHA-256 of the line before it, so editing or \
      deleting a line breaks the chain. 'verify' checks every case (or --case) \
      and names the first line that does not match. Exit status 1 if any fails.
      """,
    examples: ["verify", "verify --case acme --json"],
    options: [.caseOption, .json])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let ids =
      arguments.value("case") != nil
      ? [try context.book.resolve(arguments.value("case") ?? "")]
      : try context.book.caseIDs()
    let reports = try ids.map { try context.book.verify($0) }
    if arguments.has("json") {
      context.say(try JSONOutput.render(reports))
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
    let broken = reports.filter { $0.problem != nil }.map(\.caseID)
    if !broken.isEmpty {
      throw ShellError.failed(
        "the journal of \(broken.joined(separator: ", ")) does not verify; keep a copy as it is "
          + "and do not rely on it as evidence until you know why")
    }
  }
}
