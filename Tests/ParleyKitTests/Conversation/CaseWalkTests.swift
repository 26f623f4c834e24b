import Testing

@testable import ParleyKit

@Suite("CaseWalk: each answer recorded as it is given, resumed where it stopped")
struct CaseWalkTests {
  let today = date("2026-12-04")

  /// A walk over a case and the journal it writes to, as the shell drives it.
  struct Session {
    var journal: CaseBuilder
    var walk: CaseWalk
    var asked: [String] = []

    init(_ journal: CaseBuilder, today: Day) throws {
      self.journal = journal
      walk = CaseWalk(state: try journal.state(), today: today, dateOrder: .dayFirst)
      asked = [walk.currentQuestion.id]
    }

    /// Answers once, records what the walk asks to record, and returns the step.
    @discardableResult
    mutating func answer(_ text: String) -> WalkStep {
      let step = walk.answer(text)
      var events: [CaseEvent] = []
      switch step {
      case .ask(let next, let record, _):
        events = record
        asked.append(next.id)
      case .finished(let record, _): events = record
      case .retry: break
      }
      let first = journal.events.count + 1
      for event in events { journal = journal.with(event) }
      walk.recorded(Array(first..<first + events.count))
      return step
    }

    var recorded: [CaseEvent] { Array(journal.events.dropFirst(2)) }
  }

  /// Every cash-flow answer in order, the walk-away point aside.
  let allAnswers = [
    "£1,500", "31 Dec", "in 6 months", "yes", "£300 a month", "2027-01-01", "none",
    "their customer paid late", "1 March 2027",
  ]

  @Test func aFreshCaseStartsWithEarlierContactsAndBackVoidsTheLastOneAdded() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    #expect(session.walk.stage == .history)
    session.answer("email 2 Nov")
    session.answer("they called 20 Nov")
    #expect(
      session.recorded == [
        .contactLogged(
          .init(
            channel: .email, direction: .outbound, on: date("2026-11-02"),
            summary: "added while walking through the case")),
        .contactLogged(
          .init(
            channel: .phone, direction: .inbound, on: date("2026-11-20"),
            summary: "added while walking through the case")),
      ])
    session.answer("back")
    #expect(
      session.recorded.last
        == .void(.init(target: 4, reason: "taken back while walking through the case")))
    session.answer("back")
    guard case .retry(let message, _) = session.answer("back") else {
      Issue.record("a third 'back' has nothing left to take out")
      return
    }
    #expect(message == "nothing added in this walk to take out")
    guard case .retry = session.answer("sometime") else {
      Issue.record("a line with no channel or day is asked again")
      return
    }
    session.answer("")
    #expect(session.walk.stage == .cashFlow)
    #expect(session.asked.last == "need")
    #expect(session.recorded.count == 4, "moving on records nothing")
  }

  @Test func eachCashFlowAnswerIsRecordedAloneAsItIsGiven() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    session.answer("")
    guard case .ask(let next, let record, _) = session.answer("£1,500") else {
      Issue.record("the need is taken")
      return
    }
    #expect(next.id == "needBy")
    var need = CashFlow()
    need.mine.need = pounds(150_000)
    #expect(record == [.cashFlowNoted(.init(answers: need))])
    session.answer("31 Dec")
    #expect(session.recorded.count == 2)
    #expect(try session.journal.state().cashFlow.mine.needBy == date("2026-12-31"))
  }

  @Test func skipAndEnterOnANewQuestionRecordItAsNotKnown() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    session.answer("")
    session.answer("skip")
    session.answer("")
    // With the need unknown there is no "by when"; the next two were skipped.
    #expect(session.asked == ["history", "need", "restBy", "keepClient"])
    #expect(
      session.recorded == [
        .cashFlowNoted(.init(unknown: [.need])), .cashFlowNoted(.init(unknown: [.restBy])),
      ])
  }

  @Test func backRevisesTheLastAnswerAndEnterKeepsItWithoutRecordingTwice() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    session.answer("")
    session.answer("£1,500")
    guard case .ask(let again, let record, _) = session.answer("back") else {
      Issue.record("back asks the need again")
      return
    }
    #expect(again.id == "need" && again.defaultAnswer == "£1,500" && record.isEmpty)
    session.answer("£2,000")
    #expect(try session.journal.state().cashFlow.mine.need == pounds(200_000))
    session.answer("back")
    session.answer("")
    #expect(session.recorded.count == 2, "Enter on the revised answer records nothing new")
    #expect(session.asked.last == "needBy")
  }

  @Test func backFromTheFirstCashFlowQuestionReturnsToEarlierContacts() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    session.answer("")
    session.answer("back")
    #expect(session.walk.stage == .history)
    session.answer("letter 1 Nov")
    session.answer("")
    #expect(session.walk.stage == .cashFlow && session.asked.last == "need")
  }

  /// Law: stopping after any answer and walking again later records the same
  /// facts as walking through in one go.
  @Test func stoppingAnywhereAndResumingEndsWithTheSameFacts() throws {
    var whole = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    for answer in [""] + allAnswers { whole.answer(answer) }
    #expect(whole.walk.stage == .done)
    let expected = try whole.journal.state().cashFlow
    #expect(expected.knownFields.count == 9)
    for stop in 1...allAnswers.count {
      var first = try Session(CaseBuilder(due: "2026-10-01"), today: today)
      for answer in [""] + allAnswers.prefix(stop) { first.answer(answer) }
      var second = try Session(first.journal, today: today)
      #expect(second.walk.stage == (stop == allAnswers.count ? .done : .cashFlow))
      for answer in allAnswers.dropFirst(stop) { second.answer(answer) }
      #expect(try second.journal.state().cashFlow == expected, "stopped after \(stop) answers")
      #expect(second.recorded.count == whole.recorded.count, "nothing asked twice")
    }
  }

  @Test func aResumedWalkCannotGoBackPastWhereItStarted() throws {
    var need = CashFlow()
    need.mine.need = .zero(.gbp)
    let journal = CaseBuilder(due: "2026-10-01").with(.cashFlowNoted(.init(answers: need)))
    var session = try Session(journal, today: today)
    #expect(session.walk.stage == .cashFlow && session.asked == ["restBy"])
    guard case .retry(let message, _) = session.answer("back") else {
      Issue.record("back has nothing to revise in this walk")
      return
    }
    #expect(message == "this walk started here; \(.cashFlow) revises earlier answers")
  }

  @Test func aRetriedAnswerRecordsNothing() throws {
    var session = try Session(CaseBuilder(due: "2026-10-01"), today: today)
    session.answer("")
    guard case .retry = session.answer("lots") else {
      Issue.record("'lots' is not an amount")
      return
    }
    #expect(session.recorded.isEmpty)
  }
}
