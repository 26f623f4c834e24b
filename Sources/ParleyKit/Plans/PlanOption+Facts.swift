extension PlanOption {
  /// How often the regular installments fall due; nil for a custom schedule.
  public var frequency: PlanFrequency? { schedule.frequency }

  /// The deposit, when the schedule starts with one.
  public var deposit: Installment? { schedule.deposit }

  /// The first regular installment's amount: what the client pays each time.
  public var regularAmount: Money {
    (schedule.regularInstallments.first ?? schedule.first).amount
  }

  /// The last installment's amount (a balloon, or what is left).
  public var finalAmount: Money { schedule.last.amount }

  /// The number of installments, any deposit included.
  public var installmentCount: Int { schedule.installments.count }

  /// The day the last installment is due.
  public var finish: Day { schedule.finish }

  /// Whether it meets the user's need; nil when the need is unknown.
  public var meetsMyNeed: Bool? { myNeed?.isMet }

  /// Whether it asks more than the client can pay; nil when their capacity is unknown.
  public var exceedsTheirCapacity: Bool? { theirCapacity?.isExceeded }

  /// Whether it finishes by the user's last day; nil when unknown.
  public var finishesInTime: Bool? { myWait?.isMet }

  /// The ways this option falls short, hard ones first; empty when it fits
  /// everything known about both sides.
  public var concerns: [PlanConcern] {
    var concerns: [PlanConcern] = []
    if meetsMyNeed == false { concerns.append(.missesMyNeed) }
    if exceedsTheirCapacity == true { concerns.append(.exceedsTheirCapacity) }
    if finishesInTime == false { concerns.append(.finishesAfterMyWait) }
    return concerns
  }

  /// Whether the option fits everything known about both sides.
  public var fitsBothSides: Bool { concerns.isEmpty }
}
