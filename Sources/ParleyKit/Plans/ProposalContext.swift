/// The checked inputs of one proposal and the days that bound it.
struct ProposalContext {
  /// What the installments pay: the balance plus any charged late charges.
  let total: Money
  /// What is known of both sides.
  let cashFlow: CashFlow
  /// The policy's late charges.
  let lateCharges: LateCharges?
  /// Days besides weekends that are not business days.
  let holidays: Set<Day>
  /// Where leftover minor units go.
  let remainder: RemainderPlacement
  /// The earliest first payment.
  let start: Day
  /// The last day an installment may fall due.
  let limit: Day

  /// Checks the inputs of ``PlanProposer/propose(balance:cashFlow:today:policy:)``.
  init(balance: Money, cashFlow: CashFlow, today: Day, policy: PlanPolicy) throws(PlanError) {
    guard balance.minorUnits > 0 else { throw .nonPositiveBalance(balance) }
    guard (1...120).contains(policy.maxTermMonths) else {
      throw .invalidMaximumTerm(policy.maxTermMonths)
    }
    guard (0...90).contains(policy.leadDays) else { throw .invalidLeadDays(policy.leadDays) }
    for amount in cashFlow.amounts where amount.currency != balance.currency {
      throw .currencyMismatch(expected: balance.currency, got: amount.currency)
    }
    var total = balance
    if let charges = policy.lateCharges {
      guard charges.amount.currency == balance.currency else {
        throw .currencyMismatch(expected: balance.currency, got: charges.amount.currency)
      }
      guard charges.amount.minorUnits > 0 else { throw .nonPositiveLateCharges(charges.amount) }
      do {
        total = try balance.adding(charges.scheduled)
      } catch {
        throw .money(error)
      }
    }
    guard let start = policy.earliestDue(today: today), let limit = policy.latestDue(today: today),
      let second = start.checkedAdding(businessDays: 1, holidays: policy.holidays)
    else { throw .dateOutOfRange }
    guard second <= limit else {
      throw .leadBeyondMaximumTerm(leadDays: policy.leadDays, maxTermMonths: policy.maxTermMonths)
    }
    self.total = total
    self.cashFlow = cashFlow
    self.lateCharges = policy.lateCharges
    self.holidays = policy.holidays
    self.remainder = policy.remainder
    self.start = start
    self.limit = limit
  }

  /// The option for a candidate, or nil when it runs past ``limit``.
  func option(_ candidate: (PlanOptionKind, InstallmentSchedule)) -> PlanOption? {
    guard candidate.1.finish <= limit else { return nil }
    return PlanOption(
      kind: candidate.0, schedule: candidate.1, lateCharges: lateCharges, cashFlow: cashFlow)
  }
}
