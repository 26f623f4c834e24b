import ParleyKit

/// `promise`: note the client's promise to pay by a day.
enum PromiseCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "promise", summary: "Note the client's promise to pay by a day",
    discussion: """
      Records a promise to pay: by when, and how much (the whole balance when \
      no amount is given). Until that day the ladder waits and the guard warns \
      before chasing; if it does not arrive, a friendly note quoting the promise.
      """,
    examples: ["promise --by 2026-12-18 --amount £500", "promise --by friday"],
    options: [
      .caseOption,
      .value("by", "DATE", "the day they promised to pay by"),
      .value("amount", "AMOUNT", "the amount promised (default the balance)"),
      .value("on", "DATE", "the day they promised it (default today)"),
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let by = try context.day(
      try context.value(
        "by", in: arguments, orAsk: Question(id: "by", prompt: "They will pay by (a date)")),
      for: state)
    let amount = try arguments.value("amount").map { try context.money($0, for: state) }
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= (try context.today()) else {
      throw ShellError.invalid("\(on.inWords) is in the future")
    }
    guard by >= on else {
      throw ShellError.invalid("the promised day \(by.short) is before the day it was made")
    }
    let event = CaseEvent.promiseNoted(.init(on: on, by: by, amount: amount))
    let seqs = try context.record([event], in: id)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
  }
}
