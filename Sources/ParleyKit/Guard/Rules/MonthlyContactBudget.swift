/// Keep to the month's budget of contacts.
enum MonthlyContactBudget: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
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
}
