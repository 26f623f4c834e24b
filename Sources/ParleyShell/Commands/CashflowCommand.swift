import ParleyKit

/// `cashflow`: what you need and what the client can do, asked in plain questions.
enum CashflowCommand: ShellCommand {
  /// The options that answer the conversation's questions, by question id.
  private static let answerOptions: [(option: String, field: CashFlowField)] = [
    ("need", .need), ("need-by", .needBy), ("rest-by", .restBy), ("keep-client", .keepClient),
    ("can-pay", .capacity), ("from", .capacityFrom), ("lump-sum", .lumpSum),
    ("reason", .reason), ("improves-on", .improvesOn),
  ]

  static let spec = CommandSpec(
    name: "cashflow", summary: "Note both sides' cash flow: what you need, what they can pay",
    discussion: """
      Asks what you need and by when, how long you can wait for the rest and \
      whether you want to keep the client; then what the client said they can \
      pay and from when, any lump sum, their reason and when things improve. \
      Any answer may be ? (don't know); Enter skips a question and keeps what \
      was known. 'plan' uses these facts to propose plans that fit both sides. \
      With --show, prints what is known without asking.
      """,
    examples: [
      "cashflow",
      "cashflow --need £1,500 --need-by 2026-12-31 --can-pay \"£900 a month\" --from 2027-01-01",
      "cashflow --show",
    ],
    options: [.caseOption]
      + answerOptions.map { .value($0.option, "ANSWER", "answers: \($0.field.phrase)") }
      + [
        .value("walk-away", "AMOUNT", "the least you would accept now: private, only on 'prep'"),
        .flag("show", "print what is known, without asking"), .json,
      ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    if arguments.has("show") || arguments.has("json") {
      show(state, json: arguments.has("json"), in: context)
      return
    }
    var interview = CashFlowInterview(
      today: try context.today(), currency: state.currency,
      dateOrder: context.jurisdiction(for: state)?.dateOrder ?? .dayFirst,
      earlier: state.cashFlow)
    var presets: [String: String] = [:]
    for (option, field) in answerOptions {
      if let value = arguments.value(option) { presets[field.rawValue] = value }
    }
    var events = try context.converse(
      &interview, presets: presets, unattended: context.isUnattended(arguments)
    ) { _ in "" }
    if let text = arguments.value("walk-away") {
      var flow = CashFlow()
      flow.mine.walkAway = try context.money(text, for: state)
      guard flow.mine.walkAway?.minorUnits ?? 0 > 0 else {
        throw ShellError.invalid("--walk-away takes an amount more than zero")
      }
      events.append(.cashFlowNoted(.init(answers: flow)))
    }
    guard !events.isEmpty else {
      context.say("Nothing new to note.")
      return
    }
    let seqs = try context.record(events, in: id)
    context.say("Recorded entry \(seqs[0]): cash flow. 'plan' proposes plans that fit both sides.")
  }

  private static func show(_ state: CaseState, json: Bool, in context: ShellContext) {
    let flow = state.cashFlow
    let rows: [(String, String?)] = [
      ("You need", flow.mine.need.map { $0.isZero ? "nothing soon" : $0.formatted }),
      ("By", flow.mine.need?.isZero == true ? "—" : flow.mine.needBy?.short),
      ("You can wait for the rest until", flow.mine.restBy?.short),
      ("Keep the client", flow.mine.keepClient.map { $0 ? "yes" : "no" }),
      ("They can pay", flow.theirs.capacity.map { "\($0.amount.formatted) a \($0.per.rawValue)" }),
      ("From", flow.theirs.capacityFrom?.short),
      ("Lump sum now", flow.theirs.lumpSum.map { $0.isZero ? "none" : $0.formatted }),
      ("Their reason", flow.theirs.reason),
      ("Things improve on", flow.theirs.improvesOn?.short),
      ("Walk-away (private)", flow.mine.walkAway?.formatted),
    ]
    if json {
      context.say((try? JSONOutput.render(flow)) ?? "{}")
      return
    }
    var table = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    for (label, value) in rows { table.append([label, value ?? "not known"]) }
    context.say(context.render(table))
  }
}
