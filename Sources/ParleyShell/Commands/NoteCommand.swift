import ParleyKit

/// `note`: add a note to the case's record.
enum NoteCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "note", summary: "Add a note to the case's record", arguments: "[TEXT]",
    maximumArguments: CommandSpec.anyNumber,
    discussion: """
      Adds a dated note: something to remember, a fact for the record. The \
      words after 'note' are the note; with --edit it is written in your editor.
      """,
    examples: ["note They changed accounts payable contact to Sam", "note --edit"],
    options: [.caseOption, .flag("edit", "write the note in your editor")], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let text: String
    if arguments.has("edit") {
      text = try Editor(context: context).edit(initialText: "")
    } else if !arguments.positionals.isEmpty {
      text = arguments.positionals.joined(separator: " ")
    } else {
      text = try context.ask(Question(id: "note", prompt: "Note"))
    }
    let event = CaseEvent.note(.init(text: text.trimmed))
    let seqs = try context.record([event], in: id)
    context.say("Recorded entry \(seqs[0]): note.")
  }
}
