extension ProcessGuard {
  // MARK: - Contact pacing

  static func contactTooSoon(_ context: GuardContext) -> GuardWarning? {
    let rules = context.profile.contactRules
    guard context.step.isPacedContact, let last = context.outbound.last?.contact.on else {
      return nil
    }
    let next = last.adding(days: rules.minDaysBetweenContacts)
    guard context.today < next else { return nil }
    return GuardWarning(
      rule: .contactTooSoon,
      why: "The last contact was on \(last.short); contacts closer than "
        + "\(rules.minDaysBetweenContacts) days apart read as pestering.",
      instead: "Wait until \(next.short).",
      facts: context.profile.facts(["contactRules.minDaysBetweenContacts"]), until: next)
  }

  static func contactAfterConversation(_ context: GuardContext) -> GuardWarning? {
    let rules = context.profile.contactRules
    guard context.step.isPacedContact,
      let talk = context.state.contacts.last(where: {
        [.phone, .meeting].contains($0.contact.channel)
      })
    else { return nil }
    let next = talk.contact.on.adding(days: rules.cooldownAfterConversationDays)
    guard context.today < next, talk.contact.on <= context.today else { return nil }
    return GuardWarning(
      rule: .contactAfterConversation,
      why: "You spoke on \(talk.contact.on.short); chasing within "
        + "\(rules.cooldownAfterConversationDays) days of a conversation undoes the goodwill.",
      instead: "Confirm what was agreed ('draft call-confirmation') and wait until \(next.short).",
      facts: context.profile.facts(["contactRules.cooldownAfterConversationDays"]), until: next)
  }

  static func contactBudget(_ context: GuardContext) -> GuardWarning? {
    let rules = context.profile.contactRules
    guard context.step.isPacedContact else { return nil }
    let start = context.today.adding(days: -29)
    let recent = context.outbound.filter {
      $0.contact.on >= start && $0.contact.on <= context.today
    }
    guard recent.count >= rules.maxContactsPer30Days else { return nil }
    return GuardWarning(
      rule: .contactBudget,
      why: "\(recent.count) contacts in the last 30 days already; more than "
        + "\(rules.maxContactsPer30Days) reads as harassment.",
      instead: "Stop chasing by message; offer mediation or take the next formal step.",
      facts: context.profile.facts(["contactRules.maxContactsPer30Days"]))
  }

  static func quietHours(_ context: GuardContext) -> GuardWarning? {
    guard let channel = context.step.contactChannel, channel != .letter,
      let quiet = context.profile.contactRules.quietHours, quiet.contains(context.now.localTime)
    else { return nil }
    return GuardWarning(
      rule: .quietHours,
      why: "It is \(context.now.localTime) here; contact between \(quiet.from) and \(quiet.to) "
        + "is unreasonable (checked in your time zone, not theirs).",
      instead: "Schedule it for after \(quiet.to).",
      facts: context.profile.facts(["contactRules.quietHours"]))
  }

  // MARK: - Arrangements and disputes

  static func beforePromisedDate(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase, let promise = context.state.promises.last?.value,
      promise.by >= context.today
    else { return nil }
    return GuardWarning(
      rule: .beforePromisedDate,
      why: "They promised to pay by \(promise.by.short); chasing before then says you do not "
        + "trust them.",
      instead: "Wait until \(promise.by.adding(days: 1).short); if it does not arrive, a "
        + "friendly note quoting the promise.",
      until: promise.by)
  }

  static func installmentNotLate(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase,
      let progress = context.state.planProgress(
        today: context.today,
        tracker: (try? PlanTracker(graceDays: context.policy.installmentGraceDays))
          ?? PlanTracker()),
      progress.missed.isEmpty, !progress.isComplete
    else { return nil }
    let next = progress.next?.installment.due
    return GuardWarning(
      rule: .installmentNotLate,
      why: "The plan is on track: no installment is late"
        + (next.map { "; the next is due on \($0.short)" } ?? "") + ".",
      instead: "Let the plan run; parley will say when an installment is missed.",
      until: next)
  }

  static func disputedAmount(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase, let dispute = context.state.disputes.last?.value else {
      return nil
    }
    let amount = dispute.amount.map { " \($0.formatted) of" } ?? ""
    return GuardWarning(
      rule: .disputedAmount,
      why: "They dispute\(amount) what is owed (\(dispute.about)); chasing a disputed sum "
        + "before answering the dispute looks unreasonable to a court.",
      instead: "Answer the dispute ('draft dispute-reply'), chase only the undisputed part, "
        + "and void the dispute note once it is resolved.",
      amount: dispute.amount)
  }
}
