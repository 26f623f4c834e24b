/// Why a draft cannot be written from the facts as they stand.
///
/// Each case carries the facts; ``message`` says, in one calm sentence,
/// what is missing and how to give it. The shell words the steps it points to.
public enum DraftError: Error, Equatable, Sendable {
  /// Nothing is owed, so there is nothing to write about.
  case nothingOwed
  /// The kind needs an agreed plan and there is none running.
  case noAgreedPlan(DraftKind)
  /// No installment of the running plan has been missed; `next` is the next
  /// one due, if any.
  case noMissedInstallment(planID: String, next: Installment?)
  /// The kind needs an extra fact the user did not give.
  case missingExtra(DraftKind, field: DraftExtraField)
  /// An amount given is in another currency than the case.
  case wrongCurrency(DraftExtraField, Money, expected: Currency)
  /// An amount given is zero or less.
  case nonPositiveAmount(DraftExtraField, Money)
  /// An amount given is more than the balance.
  case amountAboveBalance(DraftExtraField, Money, balance: Money)
  /// A date given is before today.
  case dateInPast(DraftExtraField, Day, today: Day)
  /// A reply window shorter than the calm minimum (7 days).
  case deadlineTooSoon(days: Int, minimum: Int)
  /// A reply window longer than a year, or past the calendar's end.
  case deadlineTooFar(days: Int, maximum: Int)
  /// A letter before claim window shorter than the pre-action rules give.
  case replyWindowTooShort(days: Int, minimum: Int, rule: String)
  /// A plan is running and kept, so a draft asking for more would contradict
  /// it; `next` is the next installment due, if any.
  case planOnTrack(DraftKind, next: Installment?)
  /// A plan is running with installments missed: what is late is asked for
  /// under the plan, not the whole balance.
  case planBehind(DraftKind)
  /// The client disputes the whole balance (or an unknown part): a reminder
  /// waits until the dispute is answered.
  case wholeBalanceDisputed(DraftKind)

  /// What is missing and how to give it, in one calm sentence.
  public var message: Guidance {
    switch self {
    case .nothingOwed:
      return "nothing is owed on this case, so there is nothing to ask for"
    case .noAgreedPlan(let kind):
      let what = kind == .missedInstallment ? "a missed-installment nudge" : "a plan confirmation"
      return "there is no agreed plan yet; agree one with \(.agreePlan) first, then write "
        + "\(what)"
    case .noMissedInstallment(let id, let next):
      let upcoming =
        next.map { "; the next, \($0.amount.formatted), is due on \($0.due.inWords)" } ?? ""
      return "no installment of \(id) has been missed\(upcoming)"
    case .missingExtra(let kind, let field):
      return "\(article(kind.title)) needs \(field.label); give it with --\(field.rawValue)"
    case .wrongCurrency(let field, let amount, let expected):
      return "\(field.label) is in \(amount.currency.code) (\(amount.formatted)) but the case "
        + "is in \(expected.code)"
    case .nonPositiveAmount(let field, let amount):
      return "\(field.label) must be more than zero, got \(amount.formatted)"
    case .amountAboveBalance(let field, let amount, let balance):
      return "\(field.label) (\(amount.formatted)) is more than the balance of "
        + "\(balance.formatted)"
    case .dateInPast(let field, let day, let today):
      return "\(field.label) (\(day.inWords)) is before today, \(today.inWords)"
    case .deadlineTooSoon(let days, let minimum):
      return "\(days) days is too short a deadline; give at least \(minimum) days "
        + "so the request stays reasonable"
    case .deadlineTooFar(let days, let maximum):
      return "\(days) days is too long a deadline; give at most \(maximum) days"
    case .replyWindowTooShort(let days, let minimum, let rule):
      return "the \(rule) gives \(minimum) days to reply; \(days) days is too short"
    case .planOnTrack(let kind, let next):
      let upcoming =
        next.map { " (the next installment, \($0.amount.formatted), is due on \($0.due.inWords))" }
        ?? ""
      return "a payment plan is running and on track\(upcoming), so \(article(kind.title)) "
        + "would ask for more than the plan allows; write a plan-confirmation to restate it, "
        + "or, if the plan has ended, cancel it first"
    case .wholeBalanceDisputed(let kind):
      return "the client disputes the whole balance, so \(article(kind.title)) would ask for "
        + "money in dispute; answer the dispute first with a dispute-reply (record the amount "
        + "in dispute, if it is only part, with \(.disputeAmount))"
    case .planBehind(let kind):
      return "a payment plan is running with an installment missed; rather than "
        + "\(article(kind.title)) for the whole balance, write a missed-installment draft, "
        + "which asks for what is late under the plan; if the plan has ended, cancel it first, "
        + "and the draft will say so"
    }
  }

  /// `a Call confirmation` reads badly; the title lower-cased after "a"/"an".
  private func article(_ title: String) -> String {
    let lower = title.prefix(1).lowercased() + title.dropFirst()
    let vowel = lower.first.map { "aeiou".contains($0) } ?? false
    return (vowel ? "an " : "a ") + lower
  }
}
