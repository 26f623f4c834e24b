/// The companion for a difficult phone call: what to say and ask in each
/// phase, a calm line for the common objections, each note recorded as it is
/// typed, and the outcome recorded at the end.
///
/// A pure state machine: one line in, one step out; the shell does the I/O.
public struct CallCompanion: Sendable {
  /// The phases of the call, in order.
  public enum Phase: Int, CaseIterable, Sendable {
    case open, listen, cashFlow, options, agree, confirm
  }

  /// How a call ended.
  public enum Outcome: String, CaseIterable, Sendable {
    case promise, plan, dispute
    case noAnswer = "no-answer"
    case callBack = "call-back"
  }

  /// What the shell does with a line.
  public enum Step: Hashable, Sendable {
    /// Show the guidance for the phase now current.
    case guidance(Phase, String)
    /// Record this note now; `understood` says how an amount in it was
    /// read, and `say` is a calm line for an objection it shows.
    case note(CaseEvent, understood: String?, say: String?)
    /// Ask this question about the outcome.
    case ask(Question)
    /// The answer could not be used: say why and ask again.
    case retry(String, Question)
    /// Record these events; the call is over. `confirmation` holds the
    /// agreed amount and day for the confirmation email, when one was promised.
    case finished([CaseEvent], confirmation: DraftExtras?)
  }

  private let client: String
  private let balance: Money
  private let invoices: String
  private let today: Day
  private let dateOrder: DateOrder
  /// The phase now current.
  public private(set) var phase: Phase = .open
  private var outcome: Outcome?
  private var asking: String?
  private var amount: Money?

  /// A companion for a call about `state` on `today`.
  public init(state: CaseState, today: Day, dateOrder: DateOrder) {
    self.client = state.opened.client
    self.balance = state.balance
    self.invoices = state.invoices.filter { !$0.isSettled }.map(\.invoice.number)
      .joined(separator: ", ")
    self.today = today
    self.dateOrder = dateOrder
  }

  /// The guidance for `phase`: what to say and what to ask.
  public func guidance(_ phase: Phase) -> String {
    switch phase {
    case .open:
      "Open calmly: \"Thanks for taking my call. I'm calling about invoice \(invoices) for "
        + "\(balance.formatted). Is now a good time?\""
    case .listen:
      "Listen: \"Can you tell me where things stand on your side?\" Let them finish; type what "
        + "they say."
    case .cashFlow:
      "Ask about their cash flow: \"What could you pay now? And each month after that? When do "
        + "things improve?\""
    case .options:
      "Offer options: the whole \(balance.formatted) by a set day, part now and the rest later, "
        + "or a monthly plan. \"Which of these could work for you?\""
    case .agree:
      "Agree an amount and a solid date: \"So that's [amount] on [day, date], is that right?\" "
        + "Not \"soon\" or \"next week\"."
    case .confirm:
      "Confirm what happens next: \"I'll email you a confirmation today. If anything changes, "
        + "please tell me before that day.\" Type 'end' when you hang up."
    }
  }

  /// The first guidance, before any line is typed.
  public var opening: Step { .guidance(.open, guidance(.open)) }

  /// Takes one line typed during the call.
  public mutating func take(_ raw: String) -> Step {
    let text = raw.trimmed
    let lower = text.lowercased()
    if outcome != nil || asking != nil { return answerOutcome(text) }
    switch lower {
    case "", "next", "n":
      if let next = Phase(rawValue: phase.rawValue + 1) { phase = next }
      return .guidance(phase, guidance(phase))
    case "back", "b":
      if let previous = Phase(rawValue: phase.rawValue - 1) { phase = previous }
      return .guidance(phase, guidance(phase))
    case "end", "done", "bye", "hung up", "hang up":
      asking = "outcome"
      return .ask(outcomeQuestion)
    default:
      break
    }
    return .note(
      .note(.init(text: "Call note: \(text)")), understood: offerUnderstood(lower),
      say: objection(in: text)?.line)
  }

  /// The objection a note shows, by its words or as the reply model reads it.
  func objection(in note: String) -> CallObjection? {
    if let named = CallObjection.matching(note) { return named }
    return CallObjection.matching(
      ReplyClassifier.classify(
        note, today: today, currency: balance.currency, dateOrder: dateOrder))
  }

  /// How an offer of part of the balance was read: `half the balance is £600.00`.
  private func offerUnderstood(_ lower: String) -> String? {
    let shares: [(String, Int64, String)] = [
      ("half", 2, "Half"), ("a third", 3, "A third"), ("a quarter", 4, "A quarter"),
    ]
    for (word, divisor, label) in shares where lower.contains(word) {
      let part = Money(minorUnits: balance.minorUnits / divisor, currency: balance.currency)
      return "\(label) of the balance is \(part.formatted)."
    }
    return nil
  }

  private var outcomeQuestion: Question {
    Question(
      id: "outcome", prompt: "How did the call end?",
      hint: Outcome.allCases.map(\.rawValue).joined(separator: " / "))
  }

  private mutating func answerOutcome(_ text: String) -> Step {
    switch asking {
    case "outcome":
      guard let chosen = Outcome(rawValue: text.lowercased().replacingSpaces) else {
        return .retry(
          "answer one of \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))",
          outcomeQuestion)
      }
      outcome = chosen
      switch chosen {
      case .promise:
        asking = "amount"
        return .ask(
          Question(
            id: "amount", prompt: "How much did they promise?", defaultAnswer: balance.formatted))
      case .dispute:
        asking = "about"
        return .ask(Question(id: "about", prompt: "What do they dispute?"))
      case .callBack:
        asking = "when"
        return .ask(Question(id: "when", prompt: "When will you talk again?", hint: "a date"))
      case .plan:
        asking = nil
        return .finished([contact("agreed to work out a payment plan")], confirmation: nil)
      case .noAnswer:
        asking = nil
        return .finished([contact("no answer")], confirmation: nil)
      }
    case "amount":
      guard
        let money = try? MoneyParser.parse(
          text.isEmpty ? balance.formatted : text, defaultCurrency: balance.currency),
        money.currency == balance.currency, money.minorUnits > 0,
        money.minorUnits <= balance.minorUnits
      else {
        return .retry(
          "give an amount up to the balance of \(balance.formatted)",
          Question(
            id: "amount", prompt: "How much did they promise?", defaultAnswer: balance.formatted))
      }
      amount = money
      asking = "by"
      return .ask(
        Question(id: "by", prompt: "By which day?", hint: "a date, e.g. Friday or 18 Dec"))
    case "by", "when":
      guard let day = try? DayParser.parse(text, today: today, order: dateOrder).day, day >= today
      else {
        let question =
          asking == "by"
          ? Question(id: "by", prompt: "By which day?", hint: "a date, e.g. Friday or 18 Dec")
          : Question(id: "when", prompt: "When will you talk again?", hint: "a date")
        return .retry("give a day from today on, such as Friday or 18 Dec", question)
      }
      asking = nil
      if outcome == .callBack {
        return .finished([contact("to talk again on \(day.short)")], confirmation: nil)
      }
      let promised = amount ?? balance
      return .finished(
        [
          contact("promised \(promised.formatted) by \(day.short)"),
          .promiseNoted(.init(on: today, by: day, amount: promised)),
        ],
        confirmation: DraftExtras(agreedAmount: promised, agreedDate: day))
    case "about":
      guard !text.isEmpty else {
        return .retry(
          "say in a few words what they dispute",
          Question(id: "about", prompt: "What do they dispute?"))
      }
      asking = nil
      return .finished(
        [contact("disputed \(text)"), .disputeNoted(.init(on: today, about: text))],
        confirmation: nil)
    default:
      return .ask(outcomeQuestion)
    }
  }

  /// The call as a contact: a phone call from the user today.
  private func contact(_ outcome: String) -> CaseEvent {
    .contactLogged(
      .init(channel: .phone, direction: .outbound, on: today, summary: "Call: \(outcome)"))
  }
}

extension String {
  /// The text with spaces as dashes: `no answer` → `no-answer`.
  fileprivate var replacingSpaces: String {
    split(separator: " ").joined(separator: "-")
  }
}
