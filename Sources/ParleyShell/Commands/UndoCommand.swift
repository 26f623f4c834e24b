import ParleyKit

/// `undo`: void the last entry this shell session made.
enum UndoCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "undo", summary: "Void the last entry you made in this session",
    discussion: """
      Voids the most recent entry made in this shell session, keeping it in the \
      record marked void. Each 'undo' goes one entry further back. Entries from \
      earlier sessions are voided by number with 'void'.
      """,
    examples: ["undo", "undo --reason \"logged on the wrong case\""],
    options: [.value("reason", "TEXT", "why (default: undone in the session)")],
    recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    while let last = context.sessionEntries.popLast() {
      let state = try context.book.load(last.caseID)
      let entry = state.entries.first { $0.seq == last.seq }
      if case .void = entry?.event { continue }
      if case .caseOpened = entry?.event {
        throw ShellError.invalid(
          "the last entry opened case \(last.caseID); a case opening cannot be undone")
      }
      if state.voided.contains(where: { $0.target.seq == last.seq }) { continue }
      let reason = arguments.value("reason") ?? "undone in the session"
      try VoidCommand.voidEntry(last.seq, reason: reason, caseID: last.caseID, in: context)
      return
    }
    throw ShellError.invalid(
      "nothing to undo in this session; to cancel an earlier entry use 'void ENTRY --reason TEXT'")
  }
}
