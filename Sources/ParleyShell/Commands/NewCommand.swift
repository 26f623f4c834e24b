import ParleyKit

/// `new`: open a case, asking for the client, the invoice and the dates one at a time.
enum NewCommand: ShellCommand {
  /// The options that answer the conversation's questions, by question id.
  private static let answerOptions: [(option: String, question: String)] = [
    ("client", "client"), ("kind", "kind"), ("contact", "contact"),
    ("jurisdiction", "jurisdiction"), ("currency", "currency"), ("invoice", "invoice"),
    ("amount", "amount"), ("issued", "issued"), ("due", "due"),
  ]

  static let spec = CommandSpec(
    name: "new", summary: "Open a case: client, invoice and dates, one question at a time",
    discussion: """
      Asks for the client, how to reach them, where the debt is governed, and \
      each unpaid invoice with its dates. Type 'back' to change the previous \
      answer; Enter takes the answer in [brackets]; Ctrl-C abandons without \
      saving anything. Options answer questions up front; with any option given \
      in one-shot mode, questions with a default take it and the case is saved \
      without asking.
      """,
    examples: [
      "new",
      "new --client \"Acme Ltd\" --invoice INV-042 --amount £1,200 --issued 2026-09-01 --due 2026-10-01",
    ],
    options: [
      .value("client", "NAME", "the client's name"),
      .value(
        "kind", "KIND", "what the client is (default business)",
        values: .choices(DebtorKind.allCases.map(\.rawValue))),
      .value("contact", "TEXT", "an email, phone number or name"),
      .value(
        "jurisdiction", "ID", "where the debt is governed (default gb-ewl)",
        values: .jurisdictionID),
      .value(
        "currency", "CODE", "the currency (default: the jurisdiction's)",
        values: .choices(Currency.known.map(\.code))),
      .value("invoice", "NUMBER", "the invoice number"),
      .value("amount", "AMOUNT", "the amount unpaid on it"),
      .value("issued", "DATE", "the day it was issued (default today)"),
      .value("due", "DATE", "the day it was due (default 30 days after issue)"),
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    var interview = NewCaseInterview(
      today: try context.today(), jurisdictions: context.jurisdictions,
      dueHint: arguments.value("issued") == nil ? arguments.value("due") : nil)
    var given: [String: String] = [:]
    for (option, question) in answerOptions {
      if let value = arguments.value(option) { given[question] = value }
    }
    // An amount that names its currency (`£2,400`) answers the currency question.
    if given["currency"] == nil, let amount = arguments.value("amount"),
      let named = try? MoneyParser.parse(amount, defaultCurrency: nil)
    {
      given["currency"] = named.currency.code
    }
    let events = try context.converse(
      &interview, presets: given, unattended: context.isUnattended(arguments)
    ) { question in
      switch question.id {
      case "another": return "no"
      case "confirm": return "yes"
      default:
        if let fallback = question.defaultAnswer { return fallback }
        let option = answerOptions.first { $0.question == question.id }?.option ?? question.id
        throw ShellError.usage("new: --\(option) is needed (\(question.prompt))", command: "new")
      }
    }
    let at = try context.now()
    let id = try context.book.create(events, at: at)
    context.noteRecorded(events, seqs: Array(1...events.count), in: id, at: at)
    context.currentCase = id
    context.say(
      "Saved case \(id). Next: 'log' any reminders and calls so far, 'cashflow' to note "
        + "what you need and what they can pay, then 'plan'.")
  }
}
