/// Do not chase before a promised payment date.
enum TrustThePromisedDate: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
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
}
