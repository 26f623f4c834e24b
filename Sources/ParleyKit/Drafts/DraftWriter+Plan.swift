extension DraftWriter {
  /// The missed installments of the running plan, checked for a draft of
  /// `kind` that asks for the whole balance; empty when no plan runs.
  ///
  /// A draft never contradicts an agreed plan: while it is kept, asking for
  /// the balance is refused; once it is broken, the draft says why the
  /// whole balance is now asked for.
  ///
  /// - Throws: ``DraftError/planOnTrack(_:next:)`` while the plan is kept,
  ///   and for a reminder (which does not explain the plan's end)
  ///   ``DraftError/planBehind(_:)`` once an installment is missed.
  func missedUnderPlan(for kind: DraftKind) throws(DraftError) -> [InstallmentProgress] {
    guard facts.plan != nil, let progress = facts.planProgress else { return [] }
    let missed = progress.missed
    guard !missed.isEmpty else { throw .planOnTrack(kind, next: progress.next?.installment) }
    guard kind != .friendlyReminder, kind != .firmReminder else { throw .planBehind(kind) }
    return missed
  }

  /// Why the whole balance is asked for although a plan was agreed: which
  /// installments were missed; nil when no plan runs.
  func brokenPlanSentence(_ missed: [InstallmentProgress]) -> String? {
    guard let plan = facts.plan, let first = missed.first else { return nil }
    let owed = Money(
      minorUnits: missed.map(\.owed.minorUnits).saturatingSum, currency: first.owed.currency)
    let numbers = DraftWriter.andList(missed.map { String($0.installment.number) })
    let which =
      missed.count == 1
      ? "\(installmentWord) \(numbers) (\(owed.formatted), due on \(words(first.installment.due))) was"
      : "\(installmentWord)s \(numbers) (\(owed.formatted) in total) were"
    return "We agreed a payment plan on \(words(plan.scheduleAgreedOn)), but \(which) not "
      + "paid. As the plan has not been kept, I am now asking for the balance; I would still "
      + "consider a new plan that you are confident you can keep."
  }

  /// What is late under the plan and what comes next, for a confirmation:
  /// arrears are never dropped by restating the plan.
  func arrearsSentence(_ progress: PlanProgress) -> String? {
    let missed = progress.missed
    guard let first = missed.first else { return nil }
    let owed = Money(
      minorUnits: missed.map(\.owed.minorUnits).saturatingSum, currency: first.owed.currency)
    let numbers = DraftWriter.andList(missed.map { String($0.installment.number) })
    let label = "\(installmentWord)\(missed.count == 1 ? "" : "s") \(numbers)"
    return
      "\(DraftWriter.capitalisingFirst(label)) (\(owed.formatted)) \(missed.count == 1 ? "is" : "are") "
      + "still outstanding and remain\(missed.count == 1 ? "s" : "") due under the plan."
  }
}
