/// The questions of `walk` about an open case: the contacts made before
/// parley, then both sides' cash flow and the relationship.
///
/// Unlike `cashflow`, which records its answers together at the end, the walk
/// records each answer as it is given, so it can be left at any question and
/// resumed: a new walk on the same case starts at the first cash-flow
/// question with no answer yet, and asks about earlier contacts only while no
/// cash-flow question has been answered. `back` revises the previous answer
/// (an earlier contact added in this walk is voided: the record is
/// append-only); `skip`, or Enter on a question with no answer yet, records
/// it as not known.
///
/// A pure state machine: one answer in, the events to record and the next
/// question out. The shell records the events and reports their entry
/// numbers with ``recorded(_:)``.
public struct CaseWalk: Sendable {
  /// Where the walk is.
  public enum Stage: Hashable, Sendable {
    /// Earlier reminders and calls, one per answer.
    case history
    /// Both sides' cash flow and whether to keep the client.
    case cashFlow
    /// Every question has an answer.
    case done
  }

  /// The stage of the question waiting for an answer.
  public private(set) var stage: Stage
  private let today: Day
  private let dateOrder: DateOrder
  private var interview: CashFlowInterview
  /// Whether this walk asked about earlier contacts, so `back` can return there.
  private let beganWithHistory: Bool
  /// The entries of the contacts added in this walk, latest last.
  private var addedContacts: [Int] = []
  private var awaitingContactEntry = false
  /// What the journal holds now, so an unchanged answer is not recorded twice.
  private var recordedFlow: CashFlow
  private var recordedUnknown: Set<CashFlowField>

  private static let reason = "taken back while walking through the case"
  private static let moveOn: Set<String> = ["", "skip", "none", "no", "nothing", "done"]

  /// A walk about `state` on `today`, picking up after the questions the case
  /// already has answers for.
  public init(state: CaseState, today: Day, dateOrder: DateOrder) {
    self.today = today
    self.dateOrder = dateOrder
    let answered = state.cashFlow.knownFields.union(state.unknownCashFlow)
    self.interview = CashFlowInterview(
      today: today, currency: state.currency, dateOrder: dateOrder, earlier: state.cashFlow,
      skipping: answered)
    self.recordedFlow = state.cashFlow
    self.recordedUnknown = state.unknownCashFlow
    self.beganWithHistory = answered.isEmpty
    if answered.isEmpty {
      stage = .history
    } else {
      stage = interview.field == nil ? .done : .cashFlow
    }
  }

  /// The question waiting for an answer; after the last one, the last question.
  public var currentQuestion: Question {
    stage == .history ? historyQuestion : interview.currentQuestion
  }

  private var historyQuestion: Question {
    Question(
      id: "history", prompt: "Any earlier reminder or call to add?",
      hint: "e.g. 'email 2 Nov' or 'they called 20 Nov'; 'back' takes the last one out; "
        + "Enter when there is none")
  }

  /// Takes one answer.
  public mutating func answer(_ raw: String) -> WalkStep {
    switch stage {
    case .history: answerHistory(raw.trimmed)
    case .cashFlow: answerCashFlow(raw.trimmed)
    case .done: .finished(record: [], notice: nil)
    }
  }

  /// Takes the entry numbers the events of the last step were recorded as.
  public mutating func recorded(_ entries: [Int]) {
    guard awaitingContactEntry, let entry = entries.first else { return }
    awaitingContactEntry = false
    addedContacts.append(entry)
  }

  private mutating func answerHistory(_ text: String) -> WalkStep {
    let lower = text.lowercased()
    if Self.moveOn.contains(lower) {
      guard interview.field != nil else {
        stage = .done
        return .finished(record: [], notice: nil)
      }
      stage = .cashFlow
      return .ask(interview.currentQuestion, record: [], notice: nil)
    }
    if lower == "back" {
      guard let last = addedContacts.popLast() else {
        return .retry(message: "nothing added in this walk to take out", historyQuestion)
      }
      return .ask(
        historyQuestion, record: [.void(.init(target: last, reason: Self.reason))], notice: nil)
    }
    guard let entry = HistoryEntry(text, today: today, order: dateOrder) else {
      return .retry(
        message: "say how and when, e.g. 'email 2 Nov' or 'phone call yesterday'; "
          + "Enter when there is none", historyQuestion)
    }
    awaitingContactEntry = true
    let event = CaseEvent.contactLogged(
      .init(
        channel: entry.channel, direction: entry.direction, on: entry.on,
        summary: "added while walking through the case"))
    return .ask(historyQuestion, record: [event], notice: nil)
  }

  private mutating func answerCashFlow(_ text: String) -> WalkStep {
    if text.lowercased() == "back", !interview.canGoBack {
      guard beganWithHistory else {
        return .retry(
          message: "this walk started here; \(.cashFlow) revises earlier answers",
          interview.currentQuestion)
      }
      stage = .history
      return .ask(historyQuestion, record: [], notice: nil)
    }
    guard let field = interview.field else {
      stage = .done
      return .finished(record: [], notice: nil)
    }
    let question = interview.currentQuestion
    let given: String
    switch text.lowercased() {
    case "skip": given = "?"
    case "": given = question.defaultAnswer ?? "?"
    default: given = text
    }
    let step = interview.answer(given)
    if case .retry(let message, let again) = step {
      return .retry(message: Guidance(message), again)
    }
    let record = text.lowercased() == "back" ? [] : changes(field)
    switch step {
    case .ask(let next, let notice):
      return .ask(next, record: record, notice: notice)
    case .finished(_, let notice):
      stage = .done
      return .finished(record: record, notice: notice)
    case .retry, .abandoned:
      stage = .done
      return .finished(record: record, notice: nil)
    }
  }

  /// The note for `field`'s answer, when it differs from what is recorded.
  private mutating func changes(_ field: CashFlowField) -> [CaseEvent] {
    guard let note = interview.note(for: field) else { return [] }
    if note.unknown.contains(field) {
      guard recordedUnknown.insert(field).inserted else { return [] }
      recordedFlow.clear(field)
    } else {
      var merged = recordedFlow
      merged.merge(note.answers)
      guard merged != recordedFlow || recordedUnknown.contains(field) else { return [] }
      recordedFlow = merged
      recordedUnknown.remove(field)
    }
    return [.cashFlowNoted(note)]
  }
}
