import ParleyKit

extension LadderAction {
  /// What to do, as an instruction (`Send a reminder`).
  var instruction: String {
    switch self {
    case .nothing: "Nothing to do"
    case .waitForPayment: "Wait for the payment"
    case .waitForCourt: "Wait for the court"
    case .remind: "Send a calm reminder"
    case .talk: "Call or meet them: ask about their cash flow and leave with a solid date"
    case .nudge: "Send a calm nudge about the missed installment"
    case .revisitPlan: "Talk about the plan again"
    case .arrangePlan: "Arrange the plan: put options that fit what they can pay to them"
    case .offerMediation: "Offer mediation"
    case .sendLetterBeforeClaim: "Send the letter before claim"
    case .fileSmallClaim: "File a small claim"
    }
  }
}

extension LadderReason {
  /// Why, as a clause (`3 reminders have gone, the last on 8 Oct 2026`).
  var explanation: String {
    switch self {
    case .nothingOwed:
      return "nothing is owed"
    case .notYetDue(let due):
      return "the oldest unpaid invoice is not due until \(due.short)"
    case .overdue(let since):
      return "it has been unpaid since \(since.short) and no reminder has gone yet"
    case .remindersSent(let count, let last):
      let reminders = count == 1 ? "1 reminder has gone" : "\(count) reminders have gone"
      return "\(reminders), the last on \(last.short)"
    case .promisePending(let by):
      return "they promised to pay by \(by.short)"
    case .planOnTrack(let nextDue):
      return "the plan is being kept; the next installment is due on \(nextDue.short)"
    case .installmentMissed(let number):
      return "installment \(number) was missed"
    case .installmentsMissed(let numbers):
      let list = numbers.map(String.init)
      let words =
        list.count > 1
        ? list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "") : list.joined()
      return "installments \(words) were missed in a row"
    case .talkedWithoutArrangement(let on):
      return "the conversation on \(on.short) did not end in an arrangement that held"
    case .clientCanPay(let amount, let per):
      return "they said they can pay \(amount.formatted) a \(per.rawValue), and no plan is agreed "
        + "yet ('plan' proposes options)"
    case .mediationOfferPending(let offered):
      return "mediation was offered on \(offered.short) and no answer is recorded yet"
    case .mediationRefused(let on):
      return "they refused mediation on \(on.short)"
    case .mediationAgreed(let on, let until):
      return "they agreed to mediate on \(on.short); it has until \(until.short) to settle"
    case .letterSent(let sent, let windowEnds):
      return "the letter before claim went on \(sent.short) and their reply window ends on "
        + "\(windowEnds.short)"
    case .claimFiled(let on):
      return "a claim was filed on \(on.short)"
    case .withRecovery(let on):
      return "the debt went to solicitors or an agency on \(on.short)"
    }
  }
}

extension LadderNextStep {
  /// One or two sentences: what to do, why, from when, and the step that takes it.
  func sentences(today: Day) -> String {
    var text = "\(action.instruction): \(reason.explanation)."
    switch action {
    case .nothing, .waitForCourt:
      break
    case .waitForPayment:
      text += " If it has not come, the next step is reasonable from \(from.short)."
    default:
      if isDue(today: today) {
        text += " It is reasonable now"
        text += from < today ? " (since \(from.short))." : "."
      } else {
        text += " It becomes reasonable on \(from.short), in \(from.days(since: today)) days."
      }
    }
    switch suggestion {
    case .draft?: text += " Draft it with \(suggestion?.quoted ?? "")."
    case .escalate?: text += " Once it is done, record it with \(suggestion?.quoted ?? "")."
    case let step?: text += " Use \(step.quoted)."
    case nil: break
    }
    return text
  }
}

/// `next --json`.
struct LadderNextJSON: Encodable {
  let action: String
  let stage: String?
  let from: Day
  let due: Bool
  let reason: String
  let draft: String?
  let sentence: String
  /// The step that takes it: none, or one.
  let suggestedSteps: [SuggestedStepJSON]

  init(_ next: LadderNextStep, today: Day) {
    action = next.action.rawValue.snakeCased
    stage = next.stage?.rawValue
    from = next.from
    due = next.isDue(today: today)
    reason = next.reason.explanation
    draft = next.draft?.id
    sentence = next.sentences(today: today)
    suggestedSteps = next.suggestion.map { [SuggestedStepJSON($0)] } ?? []
  }
}
