import Testing

@testable import ParleyKit

/// The next step and the draft for each kind.
@Suite("ReplySuggestion: the next step and the draft")
struct ReplySuggestionTests {
  /// A Tuesday.
  let today = replyToday

  @Test(
    "every kind maps to a step and a draft id",
    arguments: [
      ("I'll pay £300 on Friday", "call-confirmation"),
      ("will pay it, sorry", "friendly-reminder"),
      ("We can't pay, cash flow is awful", "cant-pay-reply"),
      ("Could we pay in instalments?", "plan-proposal"),
      ("The site doesn't work.", "dispute-reply"),
      ("Could you give us until the 15th?", "call-confirmation"),
      ("Can I have a bit more time please?", "cant-pay-reply"),
      ("Talk to accounts.", "friendly-reminder"),
      ("The cheque is in the post.", "friendly-reminder"),
      ("Go away.", "mediation-proposal"),
      ("ok", "friendly-reminder"),
    ])
  func drafts(text: String, draftID: String) {
    #expect(triage(text).suggestion.draftID == draftID)
  }

  @Test("the steps carry their data")
  func steps() {
    let gbp300 = Money(minorUnits: 30_000, currency: .gbp)
    #expect(
      triage("I'll pay £300 on Friday").suggestion.nextStep
        == .confirmPromise(date: date("2026-12-04"), amount: gbp300))
    #expect(triage("will pay it, sorry").suggestion.nextStep == .askForDate)
    #expect(triage("We can't pay, cash flow is awful").suggestion.nextStep == .offerCall)
    #expect(triage("Could we pay in instalments?").suggestion.nextStep == .proposePlan)
    #expect(triage("You charged us twice.").suggestion.nextStep == .askForSpecifics(.amountWrong))
    #expect(
      triage("Could you give us until the 15th?").suggestion.nextStep
        == .waitUntil(date("2026-12-15")))
    #expect(triage("Talk to accounts.").suggestion.nextStep == .askWhoToContact)
    #expect(triage("Go away.").suggestion.nextStep == .pauseAndStayCalm)
  }

  @Test("a payment they say they already made is looked for, not confirmed as a promise")
  func paymentAlreadyMade() {
    let analysis = read("Hi, I sent £275 yesterday, has it not arrived?")
    #expect(
      analysis.suggestion.nextStep
        == .checkPayment(
          sentOn: date("2026-11-30"), amount: Money(minorUnits: 27_500, currency: .gbp)))
    #expect(analysis.suggestion.draftID == "friendly-reminder")
  }

  @Test("a payment said to be on its way: wait five business days, then remind")
  func onItsWay() {
    #expect(
      triage("The cheque is in the post.").suggestion.nextStep == .waitUntil(date("2026-12-08")))
  }

  @Test("every draft id is one the drafts know")
  func draftIDs() {
    #expect(
      Set(ReplyDraft.allCases.map(\.rawValue)) == [
        "call-confirmation", "plan-proposal", "cant-pay-reply", "dispute-reply",
        "friendly-reminder", "firm-reminder", "mediation-proposal",
      ])
  }
}
