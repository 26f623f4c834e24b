import Testing

@testable import ParleyKit

@Suite("CallCompanion: the call as a state machine, one line in, one step out")
struct CallCompanionTests {
  func companion() throws -> CallCompanion {
    CallCompanion(
      state: try CaseBuilder(invoice: 120_000, due: "2026-10-01").state(),
      today: date("2026-12-04"), dateOrder: .dayFirst)
  }

  @Test func enterWalksThePhasesInOrderAndBackReturns() throws {
    var call = try companion()
    #expect(call.phase == .open)
    var phases: [CallCompanion.Phase] = [call.phase]
    for _ in 0..<5 {
      guard case .guidance(let phase, _) = call.take("") else {
        Issue.record("no guidance")
        return
      }
      phases.append(phase)
    }
    #expect(phases == CallCompanion.Phase.allCases)
    guard case .guidance(.agree, _) = call.take("back") else {
      Issue.record("back")
      return
    }
  }

  @Test func eachNoteIsRecordedWithACalmLineForAnObjectionAndHalfWorkedOut() throws {
    var call = try companion()
    guard
      case .note(let event, let understood, let say) = call.take(
        "they can only pay half now, cash is tight")
    else {
      Issue.record("not a note")
      return
    }
    #expect(event == .note(.init(text: "Call note: they can only pay half now, cash is tight")))
    #expect(understood == "Half of the balance is £600.00.")
    #expect(say?.contains("What could you manage now") == true)
    guard case .note(_, _, let cheque) = call.take("says the cheque is in the post") else {
      Issue.record("not a note")
      return
    }
    #expect(cheque?.contains("When was it sent") == true)
  }

  @Test func endingWithAPromiseRecordsTheCallAndThePromiseAndOffersTheConfirmation() throws {
    var call = try companion()
    guard case .ask(let outcome) = call.take("end") else {
      Issue.record("no outcome question")
      return
    }
    #expect(outcome.id == "outcome")
    guard case .retry = call.take("maybe") else {
      Issue.record("a bad outcome is not refused")
      return
    }
    guard case .ask = call.take("promise"), case .ask = call.take("£500") else {
      Issue.record("no amount question")
      return
    }
    guard case .retry = call.take("yesterday") else {
      Issue.record("a past day taken")
      return
    }
    guard case .finished(let events, let confirmation) = call.take("11 Dec 2026") else {
      Issue.record("not finished")
      return
    }
    #expect(events.count == 2)
    #expect(
      events.last
        == .promiseNoted(
          .init(on: date("2026-12-04"), by: date("2026-12-11"), amount: pounds(50_000))))
    #expect(confirmation?.agreedAmount == pounds(50_000))
    #expect(confirmation?.agreedDate == date("2026-12-11"))
  }

  @Test func noAnswerIsRecordedAsACallWithNoAnswer() throws {
    var call = try companion()
    _ = call.take("end")
    guard case .finished(let events, nil) = call.take("no answer") else {
      Issue.record("")
      return
    }
    guard case .contactLogged(let contact) = events.first else {
      Issue.record("")
      return
    }
    #expect(contact.summary == "Call: no answer")
    #expect(contact.channel == .phone)
  }
}
