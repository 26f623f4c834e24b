extension CaseState {
  /// The latest answer to each cash-flow question, both sides.
  public var cashFlow: CashFlow { planning.cashFlow }

  /// The cash-flow questions whose latest answer was "don't know".
  public var unknownCashFlow: Set<CashFlowField> { planning.unknownCashFlow }

  /// The latest plan options put to the client.
  public var lastProposal: CaseEvent.PlanProposed? { planning.lastProposal }

  /// Whether `proposal` offers exactly what the latest one did (the same
  /// balance and options, whatever the day), so recording it again would add
  /// nothing to the record but its size.
  public func repeatsLastProposal(_ proposal: CaseEvent.PlanProposed) -> Bool {
    guard let last = lastProposal else { return false }
    return last.balance == proposal.balance && last.options == proposal.options
  }

  /// Every plan agreed, in journal order, cancelled ones included.
  public var plans: [AgreedPlan] { planning.plans }

  /// The plan running now: the latest one not cancelled.
  public var activePlan: AgreedPlan? { planning.plans.last(where: \.isActive) }

  /// An id for the next plan agreed: `plan-1`, `plan-2`, … never reused,
  /// even for a voided agreement.
  public var nextPlanID: String {
    var used: Set<String> = []
    for entry in entries {
      if case .planAgreed(let agreed) = entry.event { used.insert(agreed.id) }
    }
    var number = used.count + 1
    while used.contains("plan-\(number)") { number += 1 }
    return "plan-\(number)"
  }

  /// The payments that count toward `plan`'s schedule in force: those
  /// recorded after it was agreed (or last revised), not voided, as corrected,
  /// in journal order.
  public func payments(toward plan: AgreedPlan) -> [CaseEvent.PaymentReceived] {
    let voidedSeqs = Set(voided.map(\.target.seq))
    return entries.compactMap { entry in
      guard entry.seq > plan.scheduleSeq, !voidedSeqs.contains(entry.seq),
        case .paymentReceived(let payment) = reading(of: entry)
      else { return nil }
      return payment
    }
  }

  /// How the active plan stands on `today`; nil when no plan is running.
  public func planProgress(today: Day, tracker: PlanTracker = PlanTracker()) -> PlanProgress? {
    guard let plan = activePlan else { return nil }
    return tracker.progress(of: plan, payments: payments(toward: plan), today: today)
  }

  /// What is left to pay on `plan`'s schedule in force, counting every
  /// payment recorded after it, whatever its date; never negative.
  public func remaining(on plan: AgreedPlan) -> Money {
    let paid = payments(toward: plan).map(\.amount.minorUnits).saturatingSum
    let total = plan.schedule.total.minorUnits
    return Money(minorUnits: max(0, total - min(paid, total)), currency: plan.schedule.currency)
  }
}
