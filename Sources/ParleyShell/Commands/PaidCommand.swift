import ParleyKit

/// `paid`: record a payment from the client.
enum PaidCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "paid", summary: "Record a payment from the client", arguments: "[AMOUNT]",
    maximumArguments: CommandSpec.anyNumber,
    positionals: [.amount],
    discussion: """
      Records a payment. It pays the invoice named with --invoice first, then \
      the invoices with the earliest due dates; anything beyond what is owed is \
      kept as a credit to the client.
      """,
    examples: ["paid £500", "paid 250 --on yesterday --invoice INV-042"],
    options: [
      .caseOption,
      .value("on", "DATE", "the day it arrived (default today)"),
      .value("invoice", "NUMBER", "the invoice it pays"),
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let amountText =
      arguments.positionals.isEmpty
      ? try context.ask(Question(id: "amount", prompt: "Amount paid", hint: "e.g. 500"))
      : arguments.positionals.joined(separator: " ")
    let amount = try context.money(amountText, for: state)
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= (try context.today()) else {
      throw ShellError.invalid("\(on.inWords) is in the future; record a payment once it arrives")
    }
    let event = CaseEvent.paymentReceived(
      .init(amount: amount, on: on, invoice: arguments.value("invoice")))
    let seqs = try context.record([event], in: id)
    let after = try context.book.load(id)
    context.say(
      "Recorded entry \(seqs[0]): \(event.displayLine). Still owed: \(after.balance.formatted).")
  }
}
