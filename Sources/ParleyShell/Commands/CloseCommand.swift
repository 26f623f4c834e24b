import ParleyKit

/// `close`: close a case, keeping its journal, with why.
enum CloseCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "close", summary: "Close a case (paid, written off, dropped), keeping its record",
    discussion: """
      Records that the case is closed, with the reason if you give one, and \
      takes it out of 'cases', 'agenda' and the welcome ('cases --closed' and \
      'cases --all' list it). Its journal is kept whole: a closed case can \
      still be shown, exported and verified, but nothing more is recorded in \
      it until 'reopen', which is recorded too. A balance still owed is kept \
      as it is, and said.
      """,
    examples: [
      "close --reason \"paid in full\"",
      "close --case acme --reason \"written off: they closed down\"",
    ],
    options: [.caseOption, .value("reason", "TEXT", "why the case is closed")], recordsEntries: true
  )

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard arguments.positionals.isEmpty else {
      throw ShellError.usage(
        "close takes no arguments (got '\(arguments.positionals[0])'); give the reason with "
          + "--reason TEXT", command: spec.name)
    }
    // A case closed already gets the fold's own answer: closed since when.
    let id = try context.requireCase(arguments, allowingClosed: true)
    let state = try context.book.load(id)
    if let closure = state.closure {
      throw ShellError(CaseError.alreadyClosed(on: closure.on))
    }
    let reason = try self.reason(arguments, prompt: "Why close it", in: context)
    let event = CaseEvent.caseClosed(.init(on: try context.today(), reason: reason))
    let seqs = try context.record([event], in: id)
    if state.balance.minorUnits > 0 {
      context.say(
        "\(state.balance.formatted) is still owed; the record keeps it as it is.")
    }
    context.say(
      "Closed \(id) (entry \(seqs[0])). 'cases --closed' lists it; 'reopen --case \(id)' "
        + "brings it back.")
  }

  /// The reason given with --reason, else asked for at a terminal (Enter for
  /// none); none off a terminal.
  static func reason(_ arguments: ParsedArguments, prompt: String, in context: ShellContext)
    throws -> String?
  {
    let given: String
    if let value = arguments.value("reason") {
      given = value
    } else if !context.isOneShot && context.reader.isInteractive {
      given = try context.ask(Question(id: "reason", prompt: prompt, hint: "Enter for none"))
    } else {
      return nil
    }
    guard !given.trimmed.isEmpty else {
      if arguments.value("reason") != nil {
        throw ShellError.usage("--reason cannot be empty; leave it out for none", command: nil)
      }
      return nil
    }
    return given.trimmed
  }
}
