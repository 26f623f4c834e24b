/// Whether a schedule asks the client for more than they said they can pay.
///
/// The rule, applied to the installments in due order:
/// 1. Their lump sum (money they have now) pays the earliest installments first.
/// 2. What is left of an installment due before their capacity starts
///    (``TheirCashFlow/capacityFrom``) exceeds what they can pay: they said
///    they could pay nothing regular before then.
/// 3. From then on, what is left is totalled per calendar period of their
///    capacity (ISO week, Monday to Sunday, or calendar month); no period's
///    total may be above their capacity.
/// 4. Their capacity describes their situation now, so installments due on
///    or after the day they said it improves (``TheirCashFlow/improvesOn``)
///    are not held to it.
public struct CapacityCheck: Hashable, Sendable, Codable {
  /// What they said they can pay per week or month.
  public let capacity: PaymentCapacity
  /// The day their situation improves, from which installments are not
  /// checked; nil when they gave none.
  public let checkedUntil: Day?
  /// The part of the schedule, beyond the lump sum, due before their capacity starts.
  public let dueBeforeCapacityStarts: Money
  /// The largest total in one period, beyond the lump sum.
  public let busiestTotal: Money
  /// The first day of the period with ``busiestTotal`` (the earliest, on a tie);
  /// nil when the lump sum pays everything.
  public let busiestPeriod: Day?

  /// Checks `schedule` against the client's stated means, or nil when their
  /// capacity is unknown or in another currency.
  public init?(schedule: InstallmentSchedule, theirs: TheirCashFlow) {
    guard let capacity = theirs.capacity, capacity.amount.currency == schedule.currency else {
      return nil
    }
    var lumpLeft = theirs.lumpSum.map { $0.currency == schedule.currency ? $0.minorUnits : 0 } ?? 0
    var before: Int64 = 0
    var currentPeriod: Day?
    var currentTotal: Int64 = 0
    var busiest: (period: Day?, total: Int64) = (nil, 0)
    for installment in schedule.installments {
      var amount = installment.amount.minorUnits
      let fromLump = min(max(0, lumpLeft), amount)
      lumpLeft -= fromLump
      amount -= fromLump
      guard amount > 0 else { continue }
      if let improvesOn = theirs.improvesOn, installment.due >= improvesOn { break }
      if let from = theirs.capacityFrom, installment.due < from {
        before += amount
        continue
      }
      // Due days increase, so the installments of one period are adjacent.
      let period = capacity.per.start(of: installment.due)
      if period != currentPeriod {
        currentPeriod = period
        currentTotal = 0
      }
      currentTotal += amount
      if currentTotal > busiest.total { busiest = (period, currentTotal) }
    }
    self.capacity = capacity
    self.checkedUntil = theirs.improvesOn
    self.dueBeforeCapacityStarts = Money(minorUnits: before, currency: schedule.currency)
    self.busiestTotal = Money(minorUnits: busiest.total, currency: schedule.currency)
    self.busiestPeriod = busiest.period
  }

  /// Whether any period asks for more than their capacity, or anything
  /// beyond the lump sum falls due before their capacity starts.
  public var isExceeded: Bool {
    dueBeforeCapacityStarts.minorUnits > 0
      || busiestTotal.minorUnits > capacity.amount.minorUnits
  }
}
