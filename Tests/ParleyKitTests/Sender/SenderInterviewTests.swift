import Testing

@testable import ParleyKit

@Suite("SenderInterview: the 'me' questions as a state machine")
struct SenderInterviewTests {
  /// Answers every question in order with `answers` (Enter for the rest).
  func run(_ answers: [String], from earlier: SenderDetails = .init()) -> SenderInterview {
    var interview = SenderInterview(earlier: earlier)
    var remaining = answers[...]
    for _ in 0..<40 {
      let answer = remaining.popFirst() ?? ""
      if case .finished = interview.answer(answer) { break }
    }
    return interview
  }

  @Test func asksEveryFieldInOrderAndFinishes() {
    var interview = SenderInterview(earlier: .init())
    var asked = [interview.currentQuestion.id]
    while case .ask(let next, _) = interview.answer("") { asked.append(next.id) }
    #expect(asked == SenderField.allCases.map(\.rawValue))
  }

  @Test func enterKeepsWhatWasKnownAndADashClearsIt() {
    let earlier = SenderDetails(name: "Sam Patel", business: "Patel Design")
    let kept = run([], from: earlier)
    #expect(kept.details == earlier)
    let cleared = run(["", "-"], from: earlier)
    #expect(cleared.details.name == "Sam Patel")
    #expect(cleared.details.business == nil)
    // The question shows what Enter keeps.
    #expect(SenderInterview(earlier: earlier).currentQuestion.defaultAnswer == "Sam Patel")
  }

  @Test func aBadAnswerIsAskedAgainAndBackRevises() {
    var interview = SenderInterview(earlier: .init())
    _ = interview.answer("Sam")  // name
    _ = interview.answer("")  // business
    _ = interview.answer("")  // company
    _ = interview.answer("")  // address
    guard case .retry(let message, let again) = interview.answer("not-an-email") else {
      Issue.record("a bad email is not refused")
      return
    }
    #expect(message == "'not-an-email' is not an email address")
    #expect(again.id == "email")
    guard case .ask(let previous, _) = interview.answer("back") else {
      Issue.record("back does not go back")
      return
    }
    #expect(previous.id == "address")
    #expect(interview.details.name == "Sam")
  }
}
