import ParleyKit

/// `reopen`: bring a closed case back, recording why.
enum ReopenCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "reopen", summary: "Reopen a closed case, recording why",
    discussion: """
      Records that a closed case is open again (the cheque bounced, they \
      wrote again), with the reason if you give one. It is listed by 'cases' \
      and 'agenda' again and takes entries as before; its closing stays in \
      the record.
      """,
    examples: ["reopen --case acme --reason \"the cheque bounced\""],
    options: [.caseOption, .value("reason", "TEXT", "why the case is reopened")],
    recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard arguments.positionals.isEmpty else {
      throw ShellError.usage(
        "reopen takes no arguments (got '\(arguments.positionals[0])'); name the case with "
          + "--case CASE", command: spec.name)
    }
    let id = try context.requireCase(arguments, allowingClosed: true)
    let state = try context.book.load(id)
    guard state.isClosed else {
      throw ShellError.invalid("case \(id) is not closed, so there is nothing to reopen")
    }
    let reason = try CloseCommand.reason(arguments, prompt: "Why reopen it", in: context)
    let event = CaseEvent.caseReopened(.init(on: try context.today(), reason: reason))
    let seqs = try context.record([event], in: id)
    context.say("Reopened \(id) (entry \(seqs[0])).")
  }
}
