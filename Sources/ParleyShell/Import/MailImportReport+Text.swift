import ParleyKit

extension MailImportReport {
  /// Prints the report: case by case, then what was left out and why.
  func show(in context: ShellContext) {
    let style = context.style
    let byCase = plan.recordsByCase
    for (caseID, decisions) in byCase {
      let count = decisions.count
      context.say(style.bold("\(caseID): \(Self.messages(count))"))
      if count > Self.listedLimit {
        context.say(
          style.dim(
            "  (the \(count - Self.listedLimit) earlier ones not shown; "
              + "'import \(typedPaths) --dry-run --json' lists every one)"))
      }
      for decision in decisions.suffix(Self.listedLimit) {
        guard case .record(_, let match, let contact) = decision.outcome,
          let message = decision.message
        else { continue }
        context.say(headline(decision, message))
        context.say("      \(contact.summary)" + style.dim("  (\(match.words))"))
        if let reading = reading(of: decision.number) {
          context.say("      reads as " + reading.analysis.briefWords)
        }
      }
      // The reading's advice holds only while their message waits for an answer.
      if let last = decisions.last, let reading = reading(of: last.number) {
        context.say("  Next: " + reading.analysis.suggestion.nextStep.advice)
      } else if let last = decisions.last, case .record(_, _, let contact) = last.outcome {
        context.say(
          "  You wrote last (\(contact.on.short)); 'next --case \(caseID)' says what comes now.")
      }
      if let seqs = recorded[caseID], let first = seqs.first, let last = seqs.last {
        context.say(
          "  Recorded " + (first == last ? "entry \(first)" : "entries \(first)–\(last)")
            + " in \(caseID).")
      }
    }
    showLeftOut(in: context)
    let count = plan.recordCount
    let tally = "\(Self.messages(count)) in \(byCase.count) case\(byCase.count == 1 ? "" : "s")"
    if isDryRun {
      context.say(
        "Dry run: nothing was written. "
          + (count == 0 ? "Nothing would be recorded." : "\(tally) would be recorded."))
    } else if count == 0 {
      context.say("Nothing new was recorded.")
    }
  }

  /// How many messages of a case, and how many left out, are listed one by
  /// one (the latest of a case); a whole mailbox would bury what matters.
  static let listedLimit = 20

  /// A message's first line: number, when it was sent, and the other party.
  private func headline(_ decision: MailImportDecision, _ message: MailMessage) -> String {
    let party =
      decision.isOutbound
      ? "to   " + message.to.map(\.written).joined(separator: ", ")
      : "from " + message.from.map(\.written).joined(separator: ", ")
    return "  #\(decision.number)  \(message.date?.sentWords ?? "")  \(party)"
  }

  /// `1 message`, `3 messages`.
  static func messages(_ count: Int) -> String {
    "\(count) message\(count == 1 ? "" : "s")"
  }

  /// Numbers as `--message` takes them, runs shortened: `3,5-7`.
  static func ranges(_ numbers: [Int]) -> String {
    var runs: [ClosedRange<Int>] = []
    for number in numbers.sorted() {
      if let last = runs.last, last.upperBound + 1 == number {
        runs[runs.count - 1] = last.lowerBound...number
      } else if runs.last?.contains(number) != true {
        runs.append(number...number)
      }
    }
    return runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
      .joined(separator: ",")
  }

  /// The paths as the user would type them again.
  private var typedPaths: String {
    paths.map { path in
      path.allSatisfy { $0.isLetter || $0.isNumber || "/._-~+@:,".contains($0) }
        ? path : path.singleQuoted
    }.joined(separator: " ")
  }

  private func showLeftOut(in context: ShellContext) {
    let unplaced = plan.unplaced
    if !unplaced.isEmpty {
      context.say(
        "Not recorded: \(Self.messages(unplaced.count)) that no single open case claims")
      for decision in unplaced.prefix(Self.listedLimit) {
        guard let message = decision.message else { continue }
        context.say(headline(decision, message))
        context.say(
          "      \(message.subject.isEmpty ? "(no subject)" : message.subject)"
            + context.style.dim("  (\(decision.outcome.leftOutWords))"))
      }
      if unplaced.count > Self.listedLimit {
        context.say(
          "  …and \(unplaced.count - Self.listedLimit) more: "
            + "'import \(typedPaths) --dry-run --json' lists every one.")
      }
      let numbers = Self.ranges(unplaced.prefix(Self.listedLimit).map(\.number))
      context.say(
        "  To put them in a case: 'import \(typedPaths) --case CASE --message \(numbers)'; "
          + "or leave them out.")
    }
    let duplicates = plan.duplicates.count
    if duplicates > 0 { context.say("Already recorded, skipped: \(Self.messages(duplicates)).") }
    let voided = plan.voidedEarlier
    if !voided.isEmpty {
      context.say(
        "Voided after an earlier import, skipped: \(Self.messages(voided.count)) "
          + "(#\(Self.ranges(voided.map(\.number)))); to import one again: "
          + "'import \(typedPaths) --case CASE --message N'.")
    }
    for decision in plan.refused {
      guard case .refused(let problem) = decision.outcome else { continue }
      context.warn("\(decision.source): skipped. \(problem.message)")
    }
  }
}
