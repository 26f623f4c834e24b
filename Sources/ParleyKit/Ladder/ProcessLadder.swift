/// The escalation ladder as a pure state machine over a case's events.
///
/// ```
/// remind ─▶ talk ─▶ arrange ─▶ mediate ─▶ formal demand ─▶ small claim ─▶ recover
///   (a kept promise or plan pauses the climb; a broken one resumes it)
/// ```
///
/// Pacing is ``LadderPolicy``; legal windows (the letter's reply days) come
/// from the profile.
public enum ProcessLadder {
  /// Where `state` stands on `now`'s local day: what was done, and what next.
  public static func state(
    of state: CaseState, profile: JurisdictionProfile, now: Timestamp,
    policy: LadderPolicy = LadderPolicy()
  ) -> LadderState {
    let today = now.localDay
    let history = steps(of: state)
    return LadderState(
      today: today, history: history,
      next: next(state: state, history: history, profile: profile, today: today, policy: policy))
  }

  /// Everything done on the ladder, by day then entry.
  public static func steps(of state: CaseState) -> [LadderStep] {
    var steps: [LadderStep] = []
    for logged in state.contacts {
      let contact = logged.contact
      switch contact.channel {
      case .phone, .meeting:
        steps.append(
          LadderStep(kind: .conversation(contact.channel), on: contact.on, seq: logged.seq))
      case .email, .letter, .message:
        guard contact.direction == .outbound else { continue }
        steps.append(LadderStep(kind: .reminder(contact.channel), on: contact.on, seq: logged.seq))
      }
    }
    for promise in state.promises {
      steps.append(
        LadderStep(kind: .promise(by: promise.value.by), on: promise.value.on, seq: promise.seq))
    }
    for plan in state.plans {
      steps.append(LadderStep(kind: .planAgreed(id: plan.id), on: plan.agreedOn, seq: plan.seq))
    }
    for escalation in state.escalations {
      steps.append(
        LadderStep(
          kind: .escalation(escalation.value.step), on: escalation.value.on, seq: escalation.seq))
    }
    return steps.sorted { ($0.on, $0.seq) < ($1.on, $1.seq) }
  }

  /// The reply window, in days, for a letter before claim to this case's debtor.
  public static func replyDays(
    for state: CaseState, profile: JurisdictionProfile, policy: LadderPolicy = LadderPolicy()
  ) -> Int {
    profile.letterBeforeClaim?.rule(for: state.opened.debtorKind)?.replyDays
      ?? policy.defaultReplyDays
  }

  private static func next(
    state: CaseState, history: [LadderStep], profile: JurisdictionProfile, today: Day,
    policy: LadderPolicy
  ) -> LadderNextStep {
    let pacing = ContactPacing(
      state: state, rules: profile.contactRules, policy: policy, today: today)
    func step(
      _ action: LadderAction, _ stage: LadderStage?, from: Day, _ reason: LadderReason,
      _ suggestion: SuggestedStep? = nil
    ) -> LadderNextStep {
      // A step that contacts the client waits for the same day the guard and the check give.
      var from = from
      if action.contactsClient, let paced = pacing.nextChaseDay, paced > today {
        from = max(from, paced)
      }
      return LadderNextStep(
        action: action, stage: stage, from: from, reason: reason, suggestion: suggestion)
    }
    let unpaid = state.invoices.filter { !$0.isSettled }
    guard state.balance.minorUnits > 0, let due = unpaid.map(\.invoice.due).min() else {
      return step(.nothing, nil, from: today, .nothingOwed)
    }
    guard today > due else {
      return step(.waitForPayment, nil, from: due.adding(days: 1), .notYetDue(due: due))
    }
    if let recovery = state.lastEscalation(.passedToRecovery) {
      return step(.nothing, nil, from: recovery.value.on, .withRecovery(on: recovery.value.on))
    }
    if let claim = state.lastEscalation(.claimFiled) {
      return step(.waitForCourt, nil, from: claim.value.on, .claimFiled(on: claim.value.on))
    }
    if let arranged = arrangement(state: state, today: today, policy: policy, step: step) {
      return arranged
    }
    if let letter = state.lastEscalation(.letterBeforeClaimSent) {
      let sent = letter.value.on
      let ends = sent.adding(days: replyDays(for: state, profile: profile, policy: policy))
      return step(
        .fileSmallClaim, .smallClaim, from: ends.adding(days: 1),
        .letterSent(sent: sent, windowEnds: ends), .escalate(.claimFiled))
    }
    if let mediation = mediationStep(state: state, policy: policy, step: step) {
      return mediation
    }
    let reminders = history.filter {
      if case .reminder = $0.kind { return $0.on > due }
      return false
    }
    let talks = history.filter {
      if case .conversation = $0.kind { return true }
      return false
    }
    // They said what they can pay: arrange a plan before anything firmer.
    if let capacity = state.cashFlow.theirs.capacity, state.activePlan == nil {
      return step(
        .arrangePlan, .arrange, from: today, .clientCanPay(capacity.amount, per: capacity.per),
        .draft(.planProposal))
    }
    if let talk = talks.last, talk.on > due || reminders.count >= policy.remindersBeforeTalk {
      return step(
        .offerMediation, .mediate, from: talk.on.adding(days: policy.daysAfterTalk),
        .talkedWithoutArrangement(on: talk.on), .draft(.mediationProposal))
    }
    guard let last = reminders.last else {
      return step(
        .remind, .remind, from: due.adding(days: 1), .overdue(since: due),
        .draft(.friendlyReminder))
    }
    let reason = LadderReason.remindersSent(count: reminders.count, last: last.on)
    let from = last.on.adding(days: policy.reminderSpacingDays)
    if reminders.count >= policy.remindersBeforeTalk {
      return step(.talk, .talk, from: from, reason)
    }
    return step(.remind, .remind, from: from, reason, .draft(.firmReminder))
  }

  /// The step while a promise or plan is in force, or nil when none is.
  private static func arrangement(
    state: CaseState, today: Day, policy: LadderPolicy,
    step: (LadderAction, LadderStage?, Day, LadderReason, SuggestedStep?) -> LadderNextStep
  ) -> LadderNextStep? {
    if let progress = state.planProgress(
      today: today,
      tracker: (try? PlanTracker(graceDays: policy.installmentGraceDays)) ?? PlanTracker())
    {
      let missed = progress.missed.map(\.installment.number)
      switch missed.count {
      case 0:
        guard let next = progress.next else { break }
        let due = next.installment.due
        return step(
          .waitForPayment, nil, next.graceEnds.adding(days: 1), .planOnTrack(nextDue: due), nil)
      case 1:
        return step(
          .nudge, .arrange, today, .installmentMissed(number: missed[0]),
          .draft(.missedInstallment))
      default:
        return step(.revisitPlan, .talk, today, .installmentsMissed(numbers: missed), nil)
      }
    }
    if let promise = state.promises.last, promise.value.by >= today {
      let by = promise.value.by
      return step(.waitForPayment, nil, by.adding(days: 1), .promisePending(by: by), nil)
    }
    return nil
  }

  /// The step after mediation was offered, agreed or refused, or nil before any offer.
  private static func mediationStep(
    state: CaseState, policy: LadderPolicy,
    step: (LadderAction, LadderStage?, Day, LadderReason, SuggestedStep?) -> LadderNextStep
  ) -> LadderNextStep? {
    let answers = state.escalations.filter {
      $0.value.step == .mediationAgreed || $0.value.step == .mediationRefused
    }
    if let answer = answers.last {
      let on = answer.value.on
      if answer.value.step == .mediationRefused {
        return step(
          .sendLetterBeforeClaim, .formalDemand, on, .mediationRefused(on: on),
          .draft(.letterBeforeClaim))
      }
      let until = on.adding(days: policy.mediationSettleDays)
      return step(
        .sendLetterBeforeClaim, .formalDemand, until.adding(days: 1),
        .mediationAgreed(on: on, until: until), .draft(.letterBeforeClaim))
    }
    guard let offer = state.lastEscalation(.mediationOffered) else { return nil }
    let offered = offer.value.on
    return step(
      .sendLetterBeforeClaim, .formalDemand, offered.adding(days: policy.mediationReplyDays),
      .mediationOfferPending(offered: offered), .draft(.letterBeforeClaim))
  }
}
