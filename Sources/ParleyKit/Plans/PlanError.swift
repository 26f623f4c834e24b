/// Why a schedule, proposal or plan event cannot be made as asked.
///
/// Each case carries the facts; ``description`` turns them into one calm,
/// lower-case sentence that says what to change. The shell shows it as is.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The amount to schedule is zero or negative.
  case nonPositiveBalance(Money)
  /// Fewer installments than the shape needs.
  case invalidCount(Int, minimum: Int)
  /// More installments than ``InstallmentSchedule/maximumInstallments``.
  case tooManyInstallments(Int, maximum: Int)
  /// The balance has fewer minor units than it would need to give each
  /// installment at least one.
  case installmentsTooSmall(balance: Money, count: Int)
  /// An amount is in another currency than the balance.
  case currencyMismatch(expected: Currency, got: Currency)
  /// A custom schedule with no installments.
  case emptySchedule
  /// An installment of zero or less.
  case nonPositiveInstallment(number: Int, Money)
  /// An installment's date is not after the one before it.
  case datesNotIncreasing(number: Int, due: Day, previous: Day)
  /// A date that moved to the next business day landed on or before the one before it.
  case datesCollideAfterRolling(number: Int, due: Day, rolled: Day)
  /// The installments do not add up to the balance.
  case sumMismatch(total: Money, balance: Money)
  /// A deposit of zero or less.
  case nonPositiveDeposit(Money)
  /// A deposit that leaves nothing for the installments.
  case depositNotBelowBalance(deposit: Money, balance: Money)
  /// The installments start on or before the deposit.
  case depositNotFirst(deposit: Day, firstDue: Day)
  /// A regular amount of zero or less.
  case nonPositiveRegularAmount(Money)
  /// The regular installments alone reach the balance, leaving no last one.
  case regularTooLarge(regular: Money, count: Int, balance: Money)
  /// Graduated weights that are missing, extra, or not positive.
  case invalidWeights(count: Int, weights: [Int])
  /// A date past year 9999.
  case dateOutOfRange
  /// Money arithmetic failed (an amount too large to keep exactly).
  case money(MoneyError)
  /// A maximum term outside 1 to 120 months.
  case invalidMaximumTerm(Int)
  /// A first-payment lead outside 0 to 90 days.
  case invalidLeadDays(Int)
  /// The lead leaves fewer than two business days before the maximum term ends.
  case leadBeyondMaximumTerm(leadDays: Int, maxTermMonths: Int)
  /// Late-payment charges of zero or less.
  case nonPositiveLateCharges(Money)
  /// A grace period outside 0 to 60 days.
  case invalidGraceDays(Int)
  /// A cash-flow amount below zero.
  case negativeCashFlowAmount(CashFlowField, Money)
  /// A cash-flow text answer that is empty.
  case emptyCashFlowAnswer(CashFlowField)
  /// A cash-flow note that answers nothing.
  case noCashFlowAnswers
  /// A cash-flow question both answered and marked "don't know" in one note.
  case answeredAndUnknown(CashFlowField)
  /// Nothing is owed, so there is nothing to plan.
  case nothingOwed
  /// A proposal with no options.
  case noOptions
  /// A plan id that is empty.
  case emptyPlanID
  /// A plan id already used in the case.
  case duplicatePlanID(String)
  /// A plan is agreed while another is still running.
  case planAlreadyActive(String)
  /// A revision or cancellation names a plan that is not the active one.
  case notTheActivePlan(String, active: String?)
  /// A plan's total is not what it must pay.
  case planTotalMismatch(total: Money, owed: Money)

  public var description: String {
    switch self {
    case .nonPositiveBalance(let balance):
      return "there is nothing to schedule: the balance is \(balance.formatted)"
    case .invalidCount(let count, let minimum):
      let noun = minimum == 1 ? "installment" : "installments"
      return "this plan needs at least \(minimum) \(noun), got \(count)"
    case .tooManyInstallments(let count, let maximum):
      return "\(count) installments is too many (at most \(maximum)); "
        + "pay less often or pay more each time"
    case .installmentsTooSmall(let balance, let count):
      return "\(balance.formatted) is too little to split into \(count) installments "
        + "of more than zero; use fewer installments"
    case .currencyMismatch(let expected, let got):
      return "this plan is in \(expected.code); an amount in \(got.code) cannot be part of it"
    case .emptySchedule:
      return "add at least one installment: a date and an amount"
    case .nonPositiveInstallment(let number, let amount):
      return "installment \(number) is \(amount.formatted); every installment must be "
        + "more than zero"
    case .datesNotIncreasing(let number, let due, let previous):
      return "installment \(number) (\(due.short)) is not after installment \(number - 1) "
        + "(\(previous.short)); give each installment a later date than the one before"
    case .datesCollideAfterRolling(let number, let due, let rolled):
      return "installment \(number) (\(due.short)) moves to the next business day, "
        + "\(rolled.weekday.shortName) \(rolled.short), which is not after installment "
        + "\(number - 1); choose dates at least one business day apart"
    case .sumMismatch(let total, let balance):
      let (difference, overflow) = balance.minorUnits.subtractingReportingOverflow(
        total.minorUnits)
      let gap = Money(
        minorUnits: overflow ? .max : Int64(clamping: difference.magnitude),
        currency: balance.currency)
      let fix = total.minorUnits < balance.minorUnits ? "add" : "take off"
      return "the installments add up to \(total.formatted) but the balance is "
        + "\(balance.formatted); \(fix) \(gap.formatted)"
    case .nonPositiveDeposit(let deposit):
      return "the deposit is \(deposit.formatted); make it more than zero, or leave it out"
    case .depositNotBelowBalance(let deposit, let balance):
      return "a deposit of \(deposit.formatted) leaves nothing of \(balance.formatted) "
        + "for the installments; make it smaller, or schedule a single payment"
    case .depositNotFirst(let deposit, let firstDue):
      return "the installments start on \(firstDue.short), not after the deposit on "
        + "\(deposit.short); start them after the deposit"
    case .nonPositiveRegularAmount(let amount):
      return "the regular installment is \(amount.formatted); make it more than zero"
    case .regularTooLarge(let regular, let count, let balance):
      return "\(count) × \(regular.formatted) already reaches \(balance.formatted), "
        + "leaving nothing for the last installment; lower the regular amount "
        + "or use fewer installments"
    case .invalidWeights(let count, let weights):
      let list = weights.isEmpty ? "none" : weights.map(String.init).joined(separator: ", ")
      return "a graduated plan needs one positive weight per installment: \(count) "
        + "installments, weights \(list)"
    case .dateOutOfRange:
      return "the plan's dates run past the year 9999; check the start date"
    case .money(let error):
      return error.description
    case .invalidMaximumTerm(let months):
      return "the maximum term must be 1 to 120 months, got \(months)"
    case .invalidLeadDays(let days):
      return "the first payment must be 0 to 90 days away, got \(days)"
    case .leadBeyondMaximumTerm(let days, let months):
      let term = months == 1 ? "1 month" : "\(months) months"
      return "a first payment \(days) days away leaves no room in a \(term) term; "
        + "start sooner or allow a longer term"
    case .nonPositiveLateCharges(let amount):
      return "late-payment charges of \(amount.formatted) make no sense; "
        + "leave them out if there are none"
    case .invalidGraceDays(let days):
      return "the grace period must be 0 to 60 days, got \(days)"
    case .negativeCashFlowAmount(let field, let amount):
      return "\(field.phrase) is \(amount.formatted); give zero or more, "
        + "or say \"don't know\""
    case .emptyCashFlowAnswer(let field):
      return "\(field.phrase) is empty; give an answer, or say \"don't know\""
    case .noCashFlowAnswers:
      return "nothing to note: answer at least one question, or say \"don't know\""
    case .answeredAndUnknown(let field):
      return "\(field.phrase) is both answered and marked \"don't know\"; give one"
    case .nothingOwed:
      return "nothing is owed in this case, so there is nothing to plan"
    case .noOptions:
      return "a proposal needs at least one option"
    case .emptyPlanID:
      return "a plan needs an id, e.g. plan-1"
    case .duplicatePlanID(let id):
      return "this case already has a plan \(id); use another id"
    case .planAlreadyActive(let id):
      return "\(id) is still running; revise or cancel it before agreeing another plan"
    case .notTheActivePlan(let id, let active):
      guard let active else { return "there is no active plan, so \(id) cannot be changed" }
      return "\(id) is not the active plan; the active plan is \(active)"
    case .planTotalMismatch(let total, let owed):
      return "the plan adds up to \(total.formatted) but \(owed.formatted) is owed; "
        + "make the installments add up to \(owed.formatted)"
    }
  }
}
