import ParleyKit

/// `log`: record a contact with the client.
enum LogCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "log", summary: "Record a contact: an email, call, letter, meeting or message",
    discussion: """
      Records who contacted whom, how, when, and a one-line summary. The full \
      text (an email you sent, their reply) can come from a file (--text-file), \
      your editor (--edit, using $VISUAL or $EDITOR), or typed or pasted after \
      --text, ending with a line holding only '.'. Before an outbound contact \
      made today, the guard checks the pace (too soon, too many, quiet hours, \
      a promise or plan in force, a dispute); going past a warning needs your \
      reason (--override), recorded in the case. The record is dated and \
      kept for evidence: a mistake is corrected with 'edit' (a new entry; the \
      first stays) or voided with a reason.
      """,
    examples: [
      "log --channel email --out --on 2026-10-08 --summary \"first reminder\"",
      "log --channel phone --in --summary \"they promised £500 by Friday\"",
      "log --channel email --out --summary \"second reminder\" --edit",
      "log --channel email --out --summary \"third reminder\" --override \"they asked\"",
    ],
    options: [
      .caseOption,
      .value(
        "channel", "CHANNEL", "how you were in touch",
        values: .choices(ContactChannel.allCases.map(\.rawValue))),
      .flag("out", "you contacted the client"),
      .flag("in", "the client contacted you"),
      .value("on", "DATE", "the day it happened (default today)"),
      .value("summary", "TEXT", "one line on what was said"),
      .value("text-file", "FILE", "the full text, from a file"),
      .flag("text", "type or paste the full text, ending with a line holding only '.'"),
      .flag("edit", "write the full text in your editor"),
      .override, .guardReason,
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let channels = ContactChannel.allCases.map(\.rawValue)
    let channel = try context.value(
      "channel", in: arguments,
      orAsk: Question(id: "channel", prompt: "How", hint: channels.joined(separator: " / "))
    ) { text in
      guard let channel = ContactChannel(rawValue: text.trimmed.lowercased()) else {
        throw ShellError.invalid(
          "'\(text)' is not a channel; use one of \(channels.joined(separator: ", "))")
      }
      return channel
    }
    let direction = try self.direction(arguments, in: context)
    let today = try context.today()
    let on = try context.value(
      "on", in: arguments, orAsk: Question(id: "on", prompt: "When", defaultAnswer: "today")
    ) { text in
      let day = try context.day(text, for: state, happened: true)
      guard day <= today else {
        throw ShellError.invalid("\(day.inWords) is in the future; log a contact once it happened")
      }
      return day
    }
    let summary = try context.value(
      "summary", in: arguments,
      orAsk: Question(id: "summary", prompt: "Summary", hint: "one line on what was said"))
    let fullText = try self.fullText(arguments, in: context)
    // A message sent today is a chase the guard checks; a conversation (a
    // call, a meeting) or anything logged after the fact is a record of what
    // happened, and is always kept.
    var overrides: [CaseEvent] = []
    if direction == .outbound, on == today, !channel.isConversation {
      overrides = try context.guardStep(
        .logContact(channel), description: "log \(channel.rawValue) out", state: state,
        arguments: arguments)
    }
    let event = CaseEvent.contactLogged(
      .init(
        channel: channel, direction: direction, on: on, summary: summary.trimmed,
        fullText: fullText))
    let seqs = try context.record(overrides + [event], in: id)
    context.say("Recorded entry \(seqs[seqs.count - 1]): \(event.displayLine).")
  }

  private static func direction(
    _ arguments: ParsedArguments, in context: ShellContext
  ) throws -> ContactDirection {
    switch (arguments.has("in"), arguments.has("out")) {
    case (true, true):
      throw ShellError.usage("give --in or --out, not both", command: spec.name)
    case (true, false): return .inbound
    case (false, true): return .outbound
    case (false, false):
      return try context.value(
        "direction", in: arguments,
        orAsk: Question(
          id: "direction", prompt: "Who made contact?", hint: "out = you, in = the client",
          defaultAnswer: "out")
      ) { answer in
        switch answer.trimmed.lowercased() {
        case "out", "o", "me", "i", "outbound": return .outbound
        case "in", "they", "them", "client", "inbound": return .inbound
        default: throw ShellError.invalid("answer out (you) or in (the client)")
        }
      }
    }
  }

  private static func fullText(
    _ arguments: ParsedArguments, in context: ShellContext
  ) throws -> String? {
    let sources = ["text-file", "text", "edit"].filter {
      arguments.has($0) || arguments.value($0) != nil
    }
    guard sources.count <= 1 else {
      throw ShellError.usage(
        "give one of --text-file, --text or --edit, not several", command: spec.name)
    }
    if let path = arguments.value("text-file") { return try TextFiles.read(path) }
    if arguments.has("text") {
      return try context.readBlock(
        introduction: "Type or paste the text; end with a line holding only '.'.")
    }
    if arguments.has("edit") { return try Editor(context: context).edit(initialText: "") }
    return nil
  }
}
