/// The guided `cashflow` conversation: what the user needs, and what the client
/// said they can do, one question at a time.
///
/// Every question may be answered "don't know" (`?`), which forgets an earlier
/// answer, or skipped with Enter, which keeps it. `back` revises the previous
/// answer. Follow-up questions (by when, from when) are asked only when the
/// question before them got an answer. Questions answered before, in an
/// earlier conversation, can be left out (`skipping`), as `walk` does when it
/// resumes.
public struct CashFlowInterview: Sendable {
  private let today: Day
  private let currency: Currency
  private let dateOrder: DateOrder
  private let earlier: CashFlow
  private var answers = CashFlow()
  private var unknown: Set<CashFlowField> = []
  private var typed: [CashFlowField: String] = [:]
  private var history: [CashFlowField] = []
  private let skipped: Set<CashFlowField>
  /// The question waiting for an answer; nil once every question is answered.
  private(set) var field: CashFlowField?
  /// How the last answer's date was read, when it named only a month.
  private var monthNotice: String?

  /// Starts the conversation for a case in `currency`, with the facts known
  /// so far, leaving out the questions in `skipping`.
  public init(
    today: Day, currency: Currency, dateOrder: DateOrder, earlier: CashFlow,
    skipping: Set<CashFlowField> = []
  ) {
    self.today = today
    self.currency = currency
    self.dateOrder = dateOrder
    self.earlier = earlier
    self.skipped = skipping
    self.field = nil
    self.field = next(after: nil)
  }

  /// Whether `back` has an earlier answer in this conversation to revise.
  var canGoBack: Bool { !history.isEmpty }

  /// The question waiting for an answer.
  public var currentQuestion: Question { question(for: field ?? .improvesOn) }

  /// Takes one answer and returns what to do next.
  public mutating func answer(_ raw: String) -> InterviewStep {
    guard let current = field else { return .finished(events) }
    let text = raw.trimmed
    if text.lowercased() == "back" {
      guard let previous = history.popLast() else {
        return .retry(
          message: "this is the first question; there is nothing to go back to", currentQuestion)
      }
      forget(previous)
      field = previous
      return .ask(currentQuestion, notice: nil)
    }
    let notice: String?
    do {
      notice = try accept(text, for: current)
    } catch {
      return .retry(message: error.message, currentQuestion)
    }
    typed[current] = text
    history.append(current)
    field = next(after: current)
    guard let field else { return .finished(events, notice: notice) }
    return .ask(question(for: field), notice: notice)
  }

  /// The note to record: what was answered and what was "don't know".
  private var events: [CaseEvent] {
    guard !answers.knownFields.isEmpty || !unknown.isEmpty else { return [] }
    return [.cashFlowNoted(.init(answers: answers, unknown: unknown.sorted()))]
  }

  /// The answer this conversation holds for `field` alone, as a note; nil
  /// when it has none.
  func note(for field: CashFlowField) -> CaseEvent.CashFlowNoted? {
    if unknown.contains(field) { return .init(unknown: [field]) }
    guard answers.isKnown(field) else { return nil }
    var only = answers
    for other in CashFlowField.allCases where other != field { only.clear(other) }
    return .init(answers: only)
  }

  /// The question after `current` (the first when nil) that applies and is not skipped.
  private func next(after current: CashFlowField?) -> CashFlowField? {
    let order = CashFlowField.allCases
    var index = current.flatMap { order.firstIndex(of: $0) } ?? -1
    while true {
      index += 1
      guard index < order.count else { return nil }
      let candidate = order[index]
      if skipped.contains(candidate) { continue }
      switch candidate {
      case .needBy where effective.mine.need?.isZero ?? true: continue
      case .capacityFrom where effective.theirs.capacity == nil: continue
      // The walk-away point is set on purpose ('cashflow --walk-away'), not asked in passing.
      case .walkAway: continue
      default: return candidate
      }
    }
  }

  /// What is known now: the earlier facts with this conversation's answers over them.
  private var effective: CashFlow {
    var flow = earlier
    flow.merge(answers)
    for field in unknown { flow.clear(field) }
    return flow
  }

  private mutating func forget(_ field: CashFlowField) {
    unknown.remove(field)
    answers.clear(field)
  }
}

extension CashFlowInterview {
  fileprivate struct AnswerError: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// Answers that mean a zero amount: nothing needed, no lump sum.
  private static let nothing: Set<String> = [
    "none", "no", "nothing", "nil", "zero", "0", "0.00", "n/a",
  ]

  private static let dontKnow: Set<String> = [
    "?", "don't know", "dont know", "unknown", "not sure",
  ]

  private func question(for field: CashFlowField) -> Question {
    let previous = typed[field] ?? earlierAnswer(field)
    let skip = previous == nil ? "Enter to skip, ? if you don't know" : "? if you don't know"
    switch field {
    case .need:
      return Question(
        id: field.rawValue, prompt: "How much of this do you need soon (rent, wages, a bill)?",
        hint: "an amount, 'none', or ?; \(skip)", defaultAnswer: previous,
        preamble: "Your side first: what you need, and how long you can wait.")
    case .needBy:
      return Question(
        id: field.rawValue, prompt: "By when do you need it?", hint: "a date; \(skip)",
        defaultAnswer: previous)
    case .restBy:
      return Question(
        id: field.rawValue, prompt: "How long can you wait for the rest?",
        hint: "a date, e.g. in 3 months; \(skip)", defaultAnswer: previous)
    case .keepClient:
      return Question(
        id: field.rawValue, prompt: "Do you want to keep working with this client?",
        hint: "yes / no; \(skip)", defaultAnswer: previous)
    case .walkAway:
      return Question(
        id: field.rawValue,
        prompt: "The least you would accept now to settle it (private, never shown to them)?",
        hint: "an amount; \(skip)", defaultAnswer: previous)
    case .capacity:
      return Question(
        id: field.rawValue, prompt: "What did they say they can pay?",
        hint: "e.g. £500 a month or 200/week; \(skip)", defaultAnswer: previous,
        preamble: "Now their side, as the client put it.")
    case .capacityFrom:
      return Question(
        id: field.rawValue, prompt: "From when?", hint: "a date; \(skip)", defaultAnswer: previous)
    case .lumpSum:
      return Question(
        id: field.rawValue, prompt: "Can they pay a lump sum now?",
        hint: "an amount, 'none', or ?; \(skip)", defaultAnswer: previous)
    case .reason:
      return Question(
        id: field.rawValue, prompt: "What reason did they give?",
        hint: "e.g. their own customer paid late; \(skip)", defaultAnswer: previous)
    case .improvesOn:
      return Question(
        id: field.rawValue, prompt: "When do they expect things to improve?",
        hint: "a date; \(skip)", defaultAnswer: previous)
    }
  }

  /// What the case already knows for `field`, as the user would type it.
  private func earlierAnswer(_ field: CashFlowField) -> String? {
    switch field {
    case .need: earlier.mine.need.map { $0.isZero ? "none" : $0.formatted }
    case .needBy: earlier.mine.needBy?.iso
    case .restBy: earlier.mine.restBy?.iso
    case .keepClient: earlier.mine.keepClient.map { $0 ? "yes" : "no" }
    case .walkAway: earlier.mine.walkAway?.formatted
    case .capacity:
      earlier.theirs.capacity.map { "\($0.amount.formatted) a \($0.per.rawValue)" }
    case .capacityFrom: earlier.theirs.capacityFrom?.iso
    case .lumpSum: earlier.theirs.lumpSum.map { $0.isZero ? "none" : $0.formatted }
    case .reason: earlier.theirs.reason
    case .improvesOn: earlier.theirs.improvesOn?.iso
    }
  }

  /// Takes `text` as the answer for `field`; returns how a date was read
  /// when the text named only a month.
  private mutating func accept(_ text: String, for field: CashFlowField) throws(AnswerError)
    -> String?
  {
    monthNotice = nil
    if text.isEmpty { return nil }
    if Self.dontKnow.contains(text.lowercased()) {
      answers.clear(field)
      unknown.insert(field)
      return nil
    }
    unknown.remove(field)
    if [.need, .lumpSum].contains(field), Self.nothing.contains(text.lowercased()) {
      // Nothing needed, or no lump sum: a known zero, not "don't know".
      if field == .need { answers.mine.need = .zero(currency) }
      if field == .lumpSum { answers.theirs.lumpSum = .zero(currency) }
      return nil
    }
    switch field {
    case .need:
      answers.mine.need = try amount(text)
    case .needBy:
      answers.mine.needBy = try day(text)
    case .restBy:
      answers.mine.restBy = try day(text)
    case .keepClient:
      switch text.lowercased() {
      case "y", "yes": answers.mine.keepClient = true
      case "n", "no": answers.mine.keepClient = false
      default: throw AnswerError("answer yes, no, or ? if you don't know")
      }
    case .walkAway:
      answers.mine.walkAway = try amount(text)
    case .capacity:
      answers.theirs.capacity = try capacity(text)
    case .capacityFrom:
      answers.theirs.capacityFrom = try day(text)
    case .lumpSum:
      answers.theirs.lumpSum = try amount(text)
    case .reason:
      answers.theirs.reason = text
    case .improvesOn:
      answers.theirs.improvesOn = try day(text)
    }
    return monthNotice
  }

  private func amount(_ text: String) throws(AnswerError) -> Money {
    let money: Money
    do {
      money = try MoneyParser.parse(text, defaultCurrency: currency)
    } catch {
      throw AnswerError(error.description)
    }
    guard money.currency == currency else {
      throw AnswerError("this case is in \(currency.code); give the amount in \(currency.code)")
    }
    guard money.minorUnits > 0 else { throw AnswerError("the amount must be more than zero") }
    return money
  }

  private mutating func day(_ text: String) throws(AnswerError) -> Day {
    let parsed: ParsedDay
    do {
      parsed = try DayParser.parseAllowingMonth(text, today: today, order: dateOrder)
    } catch {
      throw AnswerError(error.description)
    }
    monthNotice = parsed.isMonthAlone ? "Read '\(text)' as \(parsed.inWords)." : nil
    return parsed.day
  }

  /// Reads `£500 a month`, `500/month`, `200 per week`, `£50 weekly`.
  private func capacity(_ text: String) throws(AnswerError) -> PaymentCapacity {
    let lowered = text.lowercased()
    let periods: [(String, CapacityPeriod)] = [
      ("a week", .week), ("per week", .week), ("/week", .week), ("/wk", .week), ("weekly", .week),
      ("a month", .month), ("per month", .month), ("/month", .month), ("/mo", .month),
      ("monthly", .month), ("pw", .week), ("pcm", .month),
    ]
    guard let (suffix, period) = periods.first(where: { lowered.hasSuffix($0.0) }) else {
      throw AnswerError("say how much and how often, e.g. £500 a month or 200 a week")
    }
    let amountText = String(text.dropLast(suffix.count))
    return PaymentCapacity(amount: try amount(amountText.trimmed), per: period)
  }
}
