import ParleyKit

extension MailImportReport {
  /// Prints the report: case by case, then what was left out and why.
  func show(in context: ShellContext) {
    let style = context.style
    for (caseID, decisions) in plan.recordsByCase {
      let count = decisions.count
      context.say(style.bold("\(caseID): \(count) message\(count == 1 ? "" : "s")"))
      for decision in decisions {
        guard case .record(_, let match, let contact) = decision.outcome,
          let mail = contact.mail
        else { continue }
        let arrow = contact.direction == .outbound ? "to  " : "from"
        let party = contact.direction == .outbound ? mail.to.joined(separator: ", ") : mail.from
        context.say("  #\(decision.number)  \(mail.sent.sentWords)  \(arrow) \(party)")
        context.say("      \(contact.summary)" + style.dim("  (\(match.words))"))
        if let reading = reading(of: decision.number) {
          context.say("      reads as " + reading.analysis.briefWords)
        }
      }
      if let latest = decisions.last(where: { reading(of: $0.number) != nil }),
        let reading = reading(of: latest.number)
      {
        context.say("  Next: " + reading.analysis.suggestion.nextStep.advice)
      }
      if let seqs = recorded[caseID], let first = seqs.first, let last = seqs.last {
        context.say(
          "  Recorded " + (first == last ? "entry \(first)" : "entries \(first)–\(last)")
            + " in \(caseID).")
      }
    }
    showLeftOut(in: context)
    let count = plan.recordCount
    let cases = plan.recordsByCase.count
    let tally = "\(count) message\(count == 1 ? "" : "s") in \(cases) case\(cases == 1 ? "" : "s")"
    if isDryRun {
      context.say(
        "Dry run: nothing was written. "
          + (count == 0 ? "Nothing would be recorded." : "\(tally) would be recorded."))
    } else if count == 0 {
      context.say("Nothing new was recorded.")
    }
  }

  /// How many left-out messages are listed one by one; a whole mailbox of
  /// newsletters would bury the few that matter.
  static let listedLimit = 20

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
        "Not recorded: \(unplaced.count) message\(unplaced.count == 1 ? "" : "s") "
          + "that no single open case claims")
      for decision in unplaced.prefix(Self.listedLimit) {
        guard let message = decision.message else { continue }
        let sender = message.from.first?.written ?? ""
        let sent = message.date?.sentWords ?? ""
        context.say("  #\(decision.number)  \(sent)  \(sender)")
        context.say(
          "      \(message.subject.isEmpty ? "(no subject)" : message.subject)"
            + context.style.dim("  (\(decision.outcome.leftOutWords))"))
      }
      if unplaced.count > Self.listedLimit {
        context.say(
          "  …and \(unplaced.count - Self.listedLimit) more: "
            + "'import \(typedPaths) --dry-run --json' lists every one.")
      }
      let numbers = unplaced.prefix(3).map { String($0.number) }.joined(separator: ",")
      context.say(
        "  To put them in a case: 'import \(typedPaths) --case CASE --message \(numbers)'; "
          + "or leave them out.")
    }
    let duplicates = plan.duplicates.count
    if duplicates > 0 {
      context.say(
        "Already recorded, skipped: \(duplicates) message\(duplicates == 1 ? "" : "s").")
    }
    for decision in plan.refused {
      guard case .refused(let problem) = decision.outcome else { continue }
      context.warn("\(decision.source): skipped. \(problem.message)")
    }
  }
}
