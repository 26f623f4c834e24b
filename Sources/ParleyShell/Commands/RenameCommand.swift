import ParleyKit
import ParleyStore

/// `rename`: give a case a new id, or record the client's new name.
enum RenameCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "rename", summary: "Give a case a new id, or record the client's new name",
    arguments: "[NEW-ID]",
    discussion: """
      A case has an id (the name its journal is kept under, used with --case) \
      and a client's name (in the journal). 'rename NEW-ID' changes the id: the \
      change is recorded in the journal, then the journal and its seal take \
      the new name, so the chain still verifies and an anchor taken under the \
      old id still finds it. 'rename --client NAME' records that the client \
      is now called NAME: drafts and exports use it from then on, and the old \
      name stays in the record (--case finds the case by either). Both can be \
      given at once. A closed case is not renamed.
      """,
    examples: [
      "rename acme-holdings", "rename --client \"Acme Holdings Ltd\"",
      "rename acme-holdings --case acme --client \"Acme Holdings Ltd\"",
    ],
    options: [.caseOption, .value("client", "NAME", "the client's new name")], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard arguments.positionals.count <= 1 else {
      throw ShellError.usage(
        "rename takes one new id (got \(arguments.positionals.count) words); ids are lower-case "
          + "letters, digits and dashes, such as \(CaseSlug.slug(arguments.positionals.joined(separator: " ")))",
        command: spec.name)
    }
    let newID = arguments.positionals.first
    let client = arguments.value("client")
    guard newID != nil || client != nil else {
      throw ShellError.usage(
        "what is the new name? 'rename NEW-ID' for the case's id, 'rename --client NAME' for "
          + "the client's", command: spec.name)
    }
    let id = try context.requireCase(arguments)
    if let newID { try checkNewID(newID, for: id, in: context) }
    if let client {
      let state = try context.book.load(id)
      let name = client.trimmed
      let event = CaseEvent.clientRenamed(.init(from: state.opened.client, to: name))
      let seqs = try context.record([event], in: id)
      context.say(
        "Recorded entry \(seqs[0]): the client is now \(name) (was \(state.opened.client)); "
          + "the earlier name stays in the record.")
    }
    if let newID {
      let seq = try context.book.rename(id, to: newID, at: try context.now())
      if context.currentCase == id { context.currentCase = newID }
      context.caseRenamed(id, to: newID)
      if let entry = try context.book.load(newID).entries.last, entry.seq == seq {
        context.noteRecorded([entry.event], seqs: [seq], in: newID, at: entry.recordedAt)
      }
      context.say(
        "Recorded entry \(seq) and renamed case \(id) to \(newID); its journal is now "
          + "\(newID).jsonl.")
    }
  }

  /// Refuses an id that is not one, the case's own, or another case's.
  private static func checkNewID(_ newID: String, for id: String, in context: ShellContext) throws {
    guard CaseSlug.isValidID(newID) else {
      throw ShellError.usage(
        "'\(newID)' cannot be a case id: ids are lower-case letters, digits and dashes, such as "
          + "\(CaseSlug.slug(newID))", command: spec.name)
    }
    guard newID != id else {
      throw ShellError.usage("the case is already called \(id)", command: spec.name)
    }
    guard !(try context.book.caseIDs()).contains(newID) else {
      throw ShellError.invalid("there is already a case \(newID); choose another id")
    }
  }
}
