import Testing

@testable import ParleyKit

@Suite("NewCaseInterview: the guided 'new' conversation")
struct NewCaseInterviewTests {
  let today = Day(validYear: 2026, month: 11, day: 29)

  /// Answers each question in turn; returns the last step and the ids asked.
  func run(_ answers: [String]) -> (InterviewStep?, [String]) {
    var interview = NewCaseInterview(today: today)
    var asked = [interview.currentQuestion.id]
    var last: InterviewStep?
    for answer in answers {
      last = interview.answer(answer)
      if case .ask(let next, _) = last { asked.append(next.id) }
    }
    return (last, asked)
  }

  @Test func asksOneThingAtATimeAndRecordsTheCaseAndInvoice() throws {
    let (step, asked) = run([
      "Acme Ltd", "business", "ap@acme.test", "", "", "INV-042", "£1,200.50", "2026-09-01", "",
      "no", "yes",
    ])
    #expect(
      asked == [
        "client", "kind", "contact", "jurisdiction", "currency", "invoice", "amount", "issued",
        "due", "another", "confirm",
      ])
    guard case .finished(let events, _) = step else {
      Issue.record("expected finished, got \(String(describing: step))")
      return
    }
    #expect(
      events == [
        .caseOpened(
          .init(
            client: "Acme Ltd", contact: "ap@acme.test", debtorKind: .business,
            jurisdiction: "gb-ewl", currency: "GBP")),
        .invoiceAdded(
          .init(
            number: "INV-042", amount: Money(minorUnits: 120_050, currency: .gbp),
            issued: Day(validYear: 2026, month: 9, day: 1),
            due: Day(validYear: 2026, month: 10, day: 1))),
      ])
  }

  @Test(
    "dates without a year: issued up to today, due from the issue date",
    arguments: [
      ("1 Sep", "1 Oct", "2026-09-01", "2026-10-01"),
      ("1 Dec", "31 Dec", "2025-12-01", "2025-12-31"),
      ("29 Nov", "1 Jan", "2026-11-29", "2027-01-01"),
      ("15/10", "14/11", "2026-10-15", "2026-11-14"),
    ])
  func yearlessDates(_ issued: String, _ due: String, _ issuedISO: String, _ dueISO: String) {
    let (step, _) = run([
      "Acme Ltd", "business", "", "", "", "INV-1", "£100", issued, due, "no", "yes",
    ])
    guard case .finished(let events, _) = step, case .invoiceAdded(let invoice)? = events.last
    else {
      Issue.record("expected the case to be saved, got \(String(describing: step))")
      return
    }
    #expect(invoice.issued == Day(iso: issuedISO))
    #expect(invoice.due == Day(iso: dueISO))
  }

  @Test func backRevisesThePreviousAnswerAndKeepsItAsTheDefault() {
    var interview = NewCaseInterview(today: today)
    _ = interview.answer("Acme Ltd")
    let back = interview.answer("back")
    guard case .ask(let question, _) = back else {
      Issue.record("expected to be asked again")
      return
    }
    #expect(question.id == "client")
    #expect(question.defaultAnswer == "Acme Ltd")
    _ = interview.answer("Acme Trading Ltd")
    #expect(interview.currentQuestion.id == "kind")
  }

  @Test func backOnTheFirstQuestionSaysThereIsNothingToGoBackTo() {
    var interview = NewCaseInterview(today: today)
    guard case .retry(let message, let question) = interview.answer("back") else {
      Issue.record("expected a retry")
      return
    }
    #expect(message == "this is the first question; there is nothing to go back to")
    #expect(question.id == "client")
  }

  @Test func aBadAnswerIsExplainedAndTheSameQuestionAskedAgain() {
    var interview = NewCaseInterview(today: today)
    _ = interview.answer("Acme")
    guard case .retry(let message, let question) = interview.answer("maybe") else {
      Issue.record("expected a retry")
      return
    }
    #expect(message == "answer business, sole trader or individual")
    #expect(question.id == "kind")
  }

  @Test func theJurisdictionSetsTheCurrencyAndDateOrder() {
    let (step, _) = run([
      "Bob", "individual", "", "us-ca", "", "7", "$40", "10/02/2026", "", "no", "yes",
    ])
    guard case .finished(let events, _) = step, case .invoiceAdded(let invoice) = events.last,
      case .caseOpened(let opened) = events.first
    else {
      Issue.record("expected finished")
      return
    }
    #expect(opened.currency == "USD")
    #expect(invoice.issued == Day(validYear: 2026, month: 10, day: 2))
  }

  @Test func severalInvoicesAndBackOverTheAnotherQuestionKeepsEachOnce() {
    let (step, _) = run([
      "Acme", "", "", "", "", "A-1", "100", "2026-09-01", "", "yes",
      "A-2", "50", "2026-10-01", "2026-10-15", "back", "", "no", "yes",
    ])
    guard case .finished(let events, _) = step else {
      Issue.record("expected finished, got \(String(describing: step))")
      return
    }
    let numbers = events.compactMap { event -> String? in
      if case .invoiceAdded(let invoice) = event { return invoice.number }
      return nil
    }
    #expect(numbers == ["A-1", "A-2"])
  }

  @Test func answeringNoAtTheEndRecordsNothing() {
    let (step, _) = run([
      "Acme", "", "", "", "", "A-1", "100", "2026-09-01", "", "no", "no",
    ])
    #expect(step == .abandoned)
  }

  @Test func refusesAnInvoiceDueBeforeItWasIssuedOrIssuedInTheFuture() {
    var interview = NewCaseInterview(today: today)
    for answer in ["Acme", "", "", "", "", "A-1", "100"] { _ = interview.answer(answer) }
    guard case .retry = interview.answer("2027-01-01") else {
      Issue.record("a future issue date must be refused")
      return
    }
    _ = interview.answer("2026-10-01")
    guard case .retry(let message, _) = interview.answer("2026-09-01") else {
      Issue.record("a due date before the issue date must be refused")
      return
    }
    #expect(message.hasPrefix("the due date cannot be before the issue date"))
  }

  @Test func anAmountInAnotherCurrencyIsRefused() {
    var interview = NewCaseInterview(today: today)
    for answer in ["Acme", "", "", "", "", "A-1"] { _ = interview.answer(answer) }
    guard case .retry(let message, _) = interview.answer("€100") else {
      Issue.record("expected a retry")
      return
    }
    #expect(message.contains("this case is in GBP"))
  }
}
