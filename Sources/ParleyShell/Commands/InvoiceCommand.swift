import ParleyKit

/// `invoice`: add another unpaid invoice to the case.
enum InvoiceCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "invoice", summary: "Add another unpaid invoice to the case",
    discussion: "Adds an invoice with its amount, issue date and due date to the case.",
    examples: ["invoice --number INV-043 --amount 450 --issued 2026-10-01 --due 2026-10-31"],
    options: [
      .caseOption,
      .value("number", "NUMBER", "the invoice number"),
      .value("amount", "AMOUNT", "the amount unpaid on it"),
      .value("issued", "DATE", "the day it was issued (default today)"),
      .value("due", "DATE", "the day it was due (default 30 days after issue)"),
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let number = try context.value(
      "number", in: arguments, orAsk: Question(id: "invoice", prompt: "Invoice number"))
    let amount = try context.money(
      try context.value("amount", in: arguments, orAsk: Question(id: "amount", prompt: "Amount")),
      for: state)
    let issued = try context.day(
      try context.value(
        "issued", in: arguments,
        orAsk: Question(id: "issued", prompt: "Issued on", defaultAnswer: "today")),
      for: state, happened: true)
    guard issued <= (try context.today()) else {
      throw ShellError.invalid("\(issued.inWords) is after today; enter the day it was issued")
    }
    let defaultDue = issued.adding(days: 30).iso
    let due = try context.day(
      try context.value(
        "due", in: arguments,
        orAsk: Question(id: "due", prompt: "Due on", defaultAnswer: defaultDue)),
      for: state, yearlessFrom: issued)
    let event = CaseEvent.invoiceAdded(
      .init(number: number.trimmed, amount: amount, issued: issued, due: due))
    let seqs = try context.record([event], in: id)
    context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
  }
}
