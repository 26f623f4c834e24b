/// The plan side of a case's state: cash-flow facts, the latest proposal
/// and the agreed plans, folded from the plan events.
struct CasePlanning: Hashable, Sendable {
  /// The latest answer to each cash-flow question.
  var cashFlow = CashFlow.unknown
  /// The questions whose latest answer was "don't know".
  var unknownCashFlow: Set<CashFlowField> = []
  /// The latest options put to the client.
  var lastProposal: CaseEvent.PlanProposed?
  /// Every plan agreed, in journal order.
  var plans: [AgreedPlan] = []

  /// Applies one plan or cash-flow event; other events are ignored.
  ///
  /// The fold is lenient, as a journal may be hand-edited: a revision or
  /// cancellation naming no running plan changes nothing.
  mutating func apply(_ recorded: RecordedEvent) {
    switch recorded.event {
    case .cashFlowNoted(let noted):
      cashFlow.merge(noted.answers)
      unknownCashFlow.subtract(noted.answers.knownFields)
      for field in noted.unknown {
        cashFlow.clear(field)
        unknownCashFlow.insert(field)
      }
    case .planProposed(let proposed):
      lastProposal = proposed
    case .planAgreed(let agreed):
      plans.append(AgreedPlan(seq: recorded.seq, agreed: agreed))
    case .planRevised(let revised):
      guard let index = runningPlanIndex(revised.id) else { return }
      plans[index].revisions.append(
        PlanRevision(
          seq: recorded.seq, on: revised.on, reason: revised.reason,
          replaced: plans[index].schedule))
      plans[index].schedule = revised.schedule
    case .planCancelled(let cancelled):
      guard let index = runningPlanIndex(cancelled.id) else { return }
      plans[index].cancellation = PlanCancellation(
        seq: recorded.seq, on: cancelled.on, reason: cancelled.reason)
    case .caseOpened, .invoiceAdded, .contactLogged, .paymentReceived, .note, .void,
      .escalationRecorded, .guardOverridden, .disputeNoted, .promiseNoted, .caseClosed,
      .caseReopened, .clientRenamed, .caseRenamed, .entryCorrected:
      return
    }
  }

  /// The running plan with `id`, the latest if the journal has two.
  private func runningPlanIndex(_ id: String) -> Int? {
    plans.lastIndex { $0.id == id && $0.isActive }
  }
}
