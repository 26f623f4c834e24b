extension CaseState {
  /// Checks a cash-flow or plan event before it is written.
  ///
  /// - Throws: ``CaseError/plan(_:)`` with the ``PlanError`` that says what
  ///   to change, or ``CaseError/emptyText(_:)`` for an empty reason.
  func validatePlanning(_ event: CaseEvent) throws(CaseError) {
    switch event {
    case .cashFlowNoted(let noted):
      try check(noted)
    case .planProposed(let proposed):
      guard !proposed.options.isEmpty else { throw .plan(.noOptions) }
      try checkCurrency(proposed.balance)
      for option in proposed.options { try checkCurrency(option.schedule.total) }
    case .planAgreed(let agreed):
      try check(agreed)
    case .planRevised(let revised):
      guard !revised.reason.trimmed.isEmpty else { throw .emptyText("the reason") }
      let plan = try runningPlan(revised.id)
      try checkCurrency(revised.schedule.total)
      let owed = remaining(on: plan)
      guard revised.schedule.total == owed else {
        throw .plan(.planTotalMismatch(total: revised.schedule.total, owed: owed))
      }
    case .planCancelled(let cancelled):
      guard !cancelled.reason.trimmed.isEmpty else { throw .emptyText("the reason") }
      _ = try runningPlan(cancelled.id)
    case .caseOpened, .invoiceAdded, .contactLogged, .paymentReceived, .note, .void,
      .escalationRecorded, .guardOverridden, .disputeNoted, .promiseNoted, .caseClosed,
      .caseReopened, .clientRenamed, .caseRenamed, .entryCorrected:
      return
    }
  }

  private func check(_ noted: CaseEvent.CashFlowNoted) throws(CaseError) {
    let answered = noted.answers.knownFields
    guard !answered.isEmpty || !noted.unknown.isEmpty else { throw .plan(.noCashFlowAnswers) }
    if let both = noted.unknown.sorted().first(where: answered.contains) {
      throw .plan(.answeredAndUnknown(both))
    }
    let amounts: [(CashFlowField, Money?)] = [
      (.need, noted.answers.mine.need), (.capacity, noted.answers.theirs.capacity?.amount),
      (.lumpSum, noted.answers.theirs.lumpSum),
    ]
    for case (let field, let amount?) in amounts {
      try checkCurrency(amount)
      guard amount.minorUnits >= 0 else { throw .plan(.negativeCashFlowAmount(field, amount)) }
    }
    if let reason = noted.answers.theirs.reason, reason.trimmed.isEmpty {
      throw .plan(.emptyCashFlowAnswer(.reason))
    }
  }

  private func check(_ agreed: CaseEvent.PlanAgreed) throws(CaseError) {
    let id = agreed.id.trimmed
    guard !id.isEmpty else { throw .plan(.emptyPlanID) }
    guard !plans.contains(where: { $0.id == id }) else { throw .plan(.duplicatePlanID(id)) }
    if let running = activePlan, remaining(on: running).minorUnits > 0 {
      throw .plan(.planAlreadyActive(running.id))
    }
    try checkCurrency(agreed.schedule.total)
    guard balance.minorUnits > 0 else { throw .plan(.nothingOwed) }
    var owed = balance
    if let charges = agreed.lateCharges {
      try checkCurrency(charges.amount)
      guard charges.amount.minorUnits > 0 else {
        throw .plan(.nonPositiveLateCharges(charges.amount))
      }
      do {
        owed = try balance.adding(charges.scheduled)
      } catch {
        throw .plan(.money(error))
      }
    }
    guard agreed.schedule.total == owed else {
      throw .plan(.planTotalMismatch(total: agreed.schedule.total, owed: owed))
    }
  }

  /// The running plan with `id`.
  private func runningPlan(_ id: String) throws(CaseError) -> AgreedPlan {
    guard let plan = activePlan, plan.id == id else {
      throw .plan(.notTheActivePlan(id, active: activePlan?.id))
    }
    return plan
  }

  private func checkCurrency(_ amount: Money) throws(CaseError) {
    guard amount.currency == currency else {
      throw .currencyMismatch(expected: currency.code, got: amount.currency.code)
    }
  }
}
