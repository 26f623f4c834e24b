import ParleyKit

/// `void`: cancel an entry, keeping it in the record with the reason.
enum VoidCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "void", summary: "Cancel an entry, keeping it in the record with a reason",
    arguments: "ENTRY",
    discussion: """
      The journal is the audit trail, so nothing is edited or deleted: an entry \
      that should not be there is voided by its number (in 'show --all') with a \
      reason; one with a wrong amount or day is corrected with 'edit'. The \
      voided entry stays, marked void.
      """,
    examples: ["void 4 --reason \"wrong amount, it was £450\""],
    options: [.caseOption, .value("reason", "TEXT", "why the entry is cancelled")],
    recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    guard let text = arguments.positionals.first else {
      throw ShellError.usage(
        "which entry? void ENTRY; 'show --all' numbers them", command: spec.name)
    }
    guard let target = Int(text) else {
      throw ShellError.usage(
        "'\(text)' is not an entry number; 'show --all' lists them", command: spec.name)
    }
    let reason = try context.value(
      "reason", in: arguments, orAsk: Question(id: "reason", prompt: "Why void it?"))
    try voidEntry(target, reason: reason, caseID: id, in: context)
  }

  /// Voids entry `target` of case `caseID` and says what was voided.
  static func voidEntry(_ target: Int, reason: String, caseID: String, in context: ShellContext)
    throws
  {
    let state = try context.book.load(caseID)
    let event = CaseEvent.void(.init(target: target, reason: reason.trimmed))
    try context.record([event], in: caseID)
    let described = state.entries.first { $0.seq == target }?.event.displayLine ?? "entry"
    context.say("Voided entry \(target) (\(described)).")
  }
}
