extension DraftWriter {
  /// Checks that a draft of `kind`, which asks for the whole balance, does
  /// not contradict a running plan.
  ///
  /// A draft never asks for more than an agreed plan allows: while a plan
  /// runs, the balance is not due. Once an installment is missed, the
  /// missed-installment draft asks for what is late; if the plan has ended,
  /// the user cancels it and the letters say so (``endedPlanSentence``).
  ///
  /// - Throws: ``DraftError/planOnTrack(_:next:)`` while the plan is kept,
  ///   ``DraftError/planBehind(_:)`` once an installment is missed.
  func checkAgainstPlan(for kind: DraftKind) throws(DraftError) {
    guard facts.plan != nil, let progress = facts.planProgress else { return }
    guard !progress.missed.isEmpty else {
      throw .planOnTrack(kind, next: progress.next?.installment)
    }
    throw .planBehind(kind)
  }

  /// Why the balance is asked for although a plan was agreed: it ended;
  /// nil when no plan was cancelled.
  var endedPlanSentence: String? {
    guard let plan = facts.endedPlan, let cancellation = plan.cancellation else { return nil }
    return "We agreed a payment plan on \(words(plan.agreedOn)); it ended on "
      + "\(words(cancellation.on)), so I am now asking for the balance. I would still consider "
      + "a new plan that you are confident you can keep."
  }

  /// What is late under the plan, for a confirmation: arrears are never
  /// dropped by restating the plan, and a part payment is counted.
  func arrearsSentence(_ progress: PlanProgress) -> String? {
    let missed = progress.missed
    guard let first = missed.first else { return nil }
    let owed = Money(
      minorUnits: missed.map(\.owed.minorUnits).saturatingSum, currency: first.owed.currency)
    if missed.count == 1 {
      let label = DraftWriter.capitalisingFirst(
        "\(installmentWord) \(first.installment.number)")
      guard first.paid.minorUnits > 0 else {
        return "\(label) (\(owed.formatted)) is still outstanding and remains due under the plan."
      }
      return "\(label) (\(first.installment.amount.formatted)) has been paid in part: "
        + "\(owed.formatted) of it is still outstanding and remains due under the plan."
    }
    let numbers = DraftWriter.andList(missed.map { String($0.installment.number) })
    return "\(DraftWriter.capitalisingFirst(installmentWord))s \(numbers) (\(owed.formatted) in "
      + "total) are still outstanding and remain due under the plan."
  }
}
