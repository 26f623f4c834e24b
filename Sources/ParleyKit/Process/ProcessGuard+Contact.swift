extension ProcessGuard {
  // MARK: - Contact pacing

  static func contactTooSoon(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isPacedContact else { return nil }
    for case .tooSoon(let last, let days) in context.pacing.holds {
      let next = last.adding(days: days)
      let minimum = context.profile.contactRules.minDaysBetweenContacts
      let spacing =
        days == minimum
        ? "contacts closer than \(days) days apart read as pestering"
        : "parley spaces chases \(days) days apart (the profile's minimum between contacts is "
          + "\(minimum) days), and sooner reads as pestering"
      return GuardWarning(
        rule: .contactTooSoon,
        why: "The last message went out on \(last.short); \(spacing).",
        instead: "Wait until \(next.short).",
        facts: context.profile.facts(["contactRules.minDaysBetweenContacts"]), until: next)
    }
    return nil
  }

  static func contactAfterConversation(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isPacedContact else { return nil }
    for case .afterConversation(let talk, let days) in context.pacing.holds {
      let next = talk.adding(days: days)
      return GuardWarning(
        rule: .contactAfterConversation,
        why: "You spoke on \(talk.short); chasing within \(days) days of a conversation undoes "
          + "the goodwill.",
        instead:
          "Confirm what was agreed ('draft call-confirmation') and wait until \(next.short).",
        facts: context.profile.facts(["contactRules.cooldownAfterConversationDays"]), until: next)
    }
    return nil
  }

  static func contactBudget(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isPacedContact else { return nil }
    for case .overBudget(let count, let maximum, let until) in context.pacing.holds {
      return GuardWarning(
        rule: .contactBudget,
        why: "\(count) contacts in the last 30 days already; more than \(maximum) reads as "
          + "harassment.",
        instead: "Stop chasing by message; offer mediation or take the next formal step.",
        facts: context.profile.facts(["contactRules.maxContactsPer30Days"]), until: until)
    }
    return nil
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
    guard context.step.isChase else { return nil }
    for case .promised(let by) in context.pacing.holds {
      return GuardWarning(
        rule: .beforePromisedDate,
        why: "They promised to pay by \(by.short); chasing before then says you do not trust "
          + "them.",
        instead: "Wait until \(by.adding(days: 1).short); if it does not arrive, a friendly note "
          + "quoting the promise.",
        until: by)
    }
    return nil
  }

  static func installmentNotLate(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase else { return nil }
    for case .planOnTrack(let next) in context.pacing.holds {
      return GuardWarning(
        rule: .installmentNotLate,
        why: "The plan is on track: no installment is late"
          + (next.map { "; the next is due on \($0.short)" } ?? "") + ".",
        instead: "Let the plan run; parley will say when an installment is missed.",
        until: next)
    }
    return nil
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
