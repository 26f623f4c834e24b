/// Follows an agreed plan payment by payment.
///
/// Payments are allocated to installments strictly in order: each payment
/// first completes the earliest installment not yet fully paid, and what is
/// left goes on to the next. Paying extra therefore pays the next
/// installments ahead, so a client who keeps paying finishes early; nothing
/// is lost, and anything beyond the whole schedule is reported as
/// ``PlanProgress/surplus``. Statuses follow ``InstallmentStatus``.
public struct PlanTracker: Hashable, Sendable {
  /// Calendar days after a due day before an unpaid installment is missed.
  public let graceDays: Int

  /// A tracker with the default grace period of 3 days.
  public init() {
    graceDays = 3
  }

  /// A tracker with `graceDays` of grace.
  ///
  /// - Throws: ``PlanError/invalidGraceDays(_:)`` outside 0 to 60.
  public init(graceDays: Int) throws(PlanError) {
    guard (0...60).contains(graceDays) else { throw .invalidGraceDays(graceDays) }
    self.graceDays = graceDays
  }

  /// How `plan` stands on `today`, given the payments that count toward it.
  ///
  /// - Parameters:
  ///   - plan: The plan; its schedule in force is tracked.
  ///   - payments: The payments toward this schedule (see
  ///     ``CaseState/payments(toward:)``). Those dated after `today`, or in
  ///     another currency, are left out.
  ///   - today: The day to judge by.
  public func progress(
    of plan: AgreedPlan, payments: [CaseEvent.PaymentReceived], today: Day
  ) -> PlanProgress {
    progress(of: plan.schedule, id: plan.id, payments: payments, today: today)
  }

  /// How `schedule` stands on `today`; see ``progress(of:payments:today:)``.
  public func progress(
    of schedule: InstallmentSchedule, id: String, payments: [CaseEvent.PaymentReceived],
    today: Day
  ) -> PlanProgress {
    let currency = schedule.currency
    let counted = payments.enumerated()
      .filter { $0.element.on <= today && $0.element.amount.currency == currency }
      .sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }
      .map(\.element)
    var paid = [Int64](repeating: 0, count: schedule.installments.count)
    var paidOn = [Day?](repeating: nil, count: schedule.installments.count)
    var index = 0
    for payment in counted {
      var left = max(0, payment.amount.minorUnits)
      while left > 0, index < schedule.installments.count {
        let share = min(left, schedule.installments[index].amount.minorUnits - paid[index])
        paid[index] += share
        left -= share
        if paid[index] == schedule.installments[index].amount.minorUnits {
          paidOn[index] = payment.on
          index += 1
        }
      }
    }
    let rows = schedule.installments.enumerated().map { offset, installment in
      let allocated = Money(minorUnits: paid[offset], currency: currency)
      return InstallmentProgress(
        installment: installment, paid: allocated,
        status: .of(
          due: installment.due, amount: installment.amount, paid: allocated, today: today,
          graceDays: graceDays),
        paidOn: paidOn[offset],
        graceEnds: installment.due.checkedAdding(days: graceDays) ?? installment.due)
    }
    return PlanProgress(
      planID: id, today: today, installments: rows,
      paid: Money(minorUnits: counted.map(\.amount.minorUnits).saturatingSum, currency: currency),
      scheduled: schedule.total)
  }
}
