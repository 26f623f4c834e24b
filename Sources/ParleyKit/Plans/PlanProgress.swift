/// How an agreed plan stands on a given day.
public struct PlanProgress: Hashable, Sendable {
  /// The plan's id.
  public let planID: String
  /// The day the statuses are for.
  public let today: Day
  /// Each installment with its payments and status, in schedule order.
  public let installments: [InstallmentProgress]
  /// The payments counted toward the plan, up to today.
  public let paid: Money
  /// What the plan's schedule adds up to.
  public let scheduled: Money

  /// The part of ``paid`` allocated to installments: the smaller of paid and scheduled.
  public var allocated: Money {
    Money(minorUnits: min(paid.minorUnits, scheduled.minorUnits), currency: paid.currency)
  }

  /// Payments beyond the whole schedule (a credit to the client).
  public var surplus: Money {
    Money(minorUnits: max(0, paid.minorUnits - scheduled.minorUnits), currency: paid.currency)
  }

  /// What is left to pay on the schedule.
  public var remaining: Money {
    Money(minorUnits: scheduled.minorUnits - allocated.minorUnits, currency: paid.currency)
  }

  /// The installments missed, in order. Payments fill installments in
  /// order, so these are always consecutive: the earliest unpaid ones.
  public var missed: [InstallmentProgress] { installments.filter { $0.status == .missed } }

  /// The first installment not yet fully paid and not missed: the next to watch.
  public var next: InstallmentProgress? {
    installments.first { $0.status != .paid && $0.status != .missed }
  }

  /// Whether every installment is paid.
  public var isComplete: Bool { installments.allSatisfy { $0.status == .paid } }

  /// Whether the plan is kept so far: nothing missed, nothing paid after its grace.
  ///
  /// Late charges ``LateChargeTreatment/waivedIfKept`` stay waived while this holds.
  public var isKept: Bool {
    installments.allSatisfy { $0.status != .missed && !$0.wasPaidLate }
  }

  /// What to do next: complete, nudge after one miss, revisit after two in a row.
  public var nextStep: PlanNextStep {
    if isComplete { return .complete }
    let missed = self.missed.map(\.installment.number)
    switch missed.count {
    case 0: return .none
    case 1: return .nudge(installment: missed[0])
    default: return .revisitPlan(missed: missed)
    }
  }
}
