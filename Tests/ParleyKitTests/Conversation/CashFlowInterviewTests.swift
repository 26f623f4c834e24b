import Testing

@testable import ParleyKit

@Suite("CashFlowInterview: both sides' cash flow, one question at a time")
struct CashFlowInterviewTests {
  let today = Day(validYear: 2026, month: 11, day: 29)

  func interview(earlier: CashFlow = .unknown) -> CashFlowInterview {
    CashFlowInterview(today: today, currency: .gbp, dateOrder: .dayFirst, earlier: earlier)
  }

  /// Answers in turn; returns the last step and the question ids asked.
  func run(_ answers: [String], earlier: CashFlow = .unknown) -> (InterviewStep?, [String]) {
    var conversation = interview(earlier: earlier)
    var asked = [conversation.currentQuestion.id]
    var last: InterviewStep?
    for answer in answers {
      last = conversation.answer(answer)
      if case .ask(let next, _) = last { asked.append(next.id) }
    }
    return (last, asked)
  }

  func noted(_ step: InterviewStep?) -> CaseEvent.CashFlowNoted? {
    guard case .finished(let events, _) = step, case .cashFlowNoted(let noted) = events.first else {
      return nil
    }
    return noted
  }

  @Test func asksBothSidesAndRecordsEveryAnswer() throws {
    let (step, asked) = run([
      "£1,500", "31 Dec", "in 6 months", "yes", "£900 a month", "2027-01-01", "£200",
      "their customer paid late", "1 March 2027",
    ])
    // Every question but the walk-away point, which is set on purpose with an option.
    #expect(asked == CashFlowField.allCases.filter { $0 != .walkAway }.map(\.rawValue))
    let note = try #require(noted(step))
    #expect(note.unknown.isEmpty)
    #expect(note.answers.mine.need == Money(minorUnits: 150_000, currency: .gbp))
    #expect(note.answers.mine.needBy == Day(validYear: 2026, month: 12, day: 31))
    #expect(note.answers.mine.restBy == Day(validYear: 2027, month: 5, day: 29))
    #expect(note.answers.mine.keepClient == true)
    #expect(
      note.answers.theirs.capacity
        == PaymentCapacity(amount: Money(minorUnits: 90_000, currency: .gbp), per: .month))
    #expect(note.answers.theirs.capacityFrom == Day(validYear: 2027, month: 1, day: 1))
    #expect(note.answers.theirs.lumpSum == Money(minorUnits: 20_000, currency: .gbp))
    #expect(note.answers.theirs.reason == "their customer paid late")
    #expect(note.answers.theirs.improvesOn == Day(validYear: 2027, month: 3, day: 1))
  }

  @Test func dontKnowIsRecordedAndFollowUpsOfUnansweredQuestionsAreSkipped() throws {
    let (step, asked) = run(["?", "", "no", "don't know", "", "", "?"])
    #expect(
      asked == ["need", "restBy", "keepClient", "capacity", "lumpSum", "reason", "improvesOn"])
    let note = try #require(noted(step))
    #expect(note.unknown == [.need, .capacity, .improvesOn])
    #expect(note.answers.mine.keepClient == false)
    #expect(note.answers.knownFields == [.keepClient])
  }

  @Test func skippingEverythingRecordsNothing() {
    let (step, _) = run(["", "", "", "", "", "", ""])
    #expect(step == .finished([]))
  }

  @Test func backForgetsThePreviousAnswer() throws {
    let (step, _) = run(["£1,500", "back", "none", "", "", "", "", "", "", ""])
    let note = try #require(noted(step))
    #expect(note.answers.mine.need == .zero(.gbp))
    #expect(note.answers.mine.needBy == nil)
    #expect(note.unknown.isEmpty)
  }

  @Test(
    "'none', 'nothing' and 0 are a known zero, not \"don't know\", and skip 'by when'",
    arguments: ["none", "nothing", "0", "Nothing"])
  func nothingIsZero(_ text: String) throws {
    let (step, asked) = run([text, "", "", "", text, "", ""])
    #expect(!asked.contains("needBy"))
    let note = try #require(noted(step))
    #expect(note.answers.mine.need == .zero(.gbp))
    #expect(note.answers.theirs.lumpSum == .zero(.gbp))
    #expect(note.unknown.isEmpty)
  }

  @Test func aMonthAloneIsItsFirstDayAndSaidBack() throws {
    var conversation = interview()
    _ = conversation.answer("£500")
    guard case .ask(_, let notice) = conversation.answer("from March") else {
      Issue.record("a month alone must be taken")
      return
    }
    #expect(notice == "Read 'from March' as Monday 1 March 2027.")
    let (step, _) = run(["£500", "January 2027", "", "", "", "", "", ""])
    #expect(noted(step)?.answers.mine.needBy == Day(validYear: 2027, month: 1, day: 1))
  }

  @Test(arguments: [
    ("200/week", PaymentCapacity(amount: Money(minorUnits: 20_000, currency: .gbp), per: .week)),
    ("£50 weekly", PaymentCapacity(amount: Money(minorUnits: 5_000, currency: .gbp), per: .week)),
    (
      "1,000 per month",
      PaymentCapacity(amount: Money(minorUnits: 100_000, currency: .gbp), per: .month)
    ),
    ("£400 pcm", PaymentCapacity(amount: Money(minorUnits: 40_000, currency: .gbp), per: .month)),
  ])
  func readsWhatTheyCanPay(text: String, capacity: PaymentCapacity) throws {
    let (step, _) = run(["", "", "", text, "", "", "", ""])
    #expect(noted(step)?.answers.theirs.capacity == capacity)
  }

  @Test func aBadAnswerIsExplainedAndAskedAgain() {
    var conversation = interview()
    for answer in ["", "", ""] { _ = conversation.answer(answer) }
    guard case .retry(let message, let question) = conversation.answer("£500") else {
      Issue.record("a capacity without a period must be refused")
      return
    }
    #expect(message == "say how much and how often, e.g. £500 a month or 200 a week")
    #expect(question.id == "capacity")
    guard case .retry(let currency, _) = conversation.answer("€500 a month") else {
      Issue.record("another currency must be refused")
      return
    }
    #expect(currency == "this case is in GBP; give the amount in GBP")
  }

  @Test func whatIsKnownIsOfferedAsTheDefault() {
    var earlier = CashFlow()
    earlier.mine.need = Money(minorUnits: 150_000, currency: .gbp)
    earlier.theirs.capacity = PaymentCapacity(
      amount: Money(minorUnits: 90_000, currency: .gbp), per: .month)
    var conversation = interview(earlier: earlier)
    #expect(conversation.currentQuestion.defaultAnswer == "£1,500.00")
    _ = conversation.answer("")
    #expect(conversation.currentQuestion.id == "needBy", "a known need asks for its date")
    for answer in ["", "", ""] { _ = conversation.answer(answer) }
    #expect(conversation.currentQuestion.id == "capacity")
    #expect(conversation.currentQuestion.defaultAnswer == "£900.00 a month")
  }
}
