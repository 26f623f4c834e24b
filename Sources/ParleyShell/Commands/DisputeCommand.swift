import ParleyKit

/// `dispute`: note that the client disputes some or all of what is owed.
enum DisputeCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "dispute", summary: "Note that the client disputes some or all of what is owed",
    discussion: """
      Records what the client disputes, and how much (the whole balance when \
      no amount is given). While a dispute stands, the guard warns before \
      chasing: answer it first ('draft dispute-reply'). Once it is resolved, \
      void the entry with a reason.
      """,
    examples: [
      "dispute --about \"says the second phase was not delivered\" --amount £300",
      "dispute --about \"wrong rate\" --invoice INV-042",
    ],
    options: [
      .caseOption,
      .value("about", "TEXT", "what they dispute, in a line"),
      .value("amount", "AMOUNT", "the amount disputed (default all of it)"),
      .value("invoice", "N", "the invoice disputed, by number"),
      .value("on", "DATE", "the day they raised it (default today)"),
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let about = try context.value(
      "about", in: arguments,
      orAsk: Question(id: "about", prompt: "What do they dispute", hint: "one line"))
    let amount = try arguments.value("amount").map { try context.money($0, for: state) }
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= (try context.today()) else {
      throw ShellError.invalid("\(on.inWords) is in the future")
    }
    let event = CaseEvent.disputeNoted(
      .init(on: on, about: about.trimmed, amount: amount, invoice: arguments.value("invoice")))
    let seqs = try context.record([event], in: id)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
    context.say("Answer it before chasing: 'draft dispute-reply'.")
  }
}
