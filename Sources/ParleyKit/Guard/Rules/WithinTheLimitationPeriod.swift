/// Claim only within the limitation period.
enum WithinTheLimitationPeriod: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase, let years = context.profile.limitationYears,
      let due = context.state.invoices.filter({ !$0.isSettled }).map(\.invoice.due).min()
    else { return nil }
    let expires = due.adding(years: years)
    guard context.today > expires else { return nil }
    return GuardWarning(
      rule: .pastLimitation,
      why: "The oldest unpaid invoice was due on \(due.short), more than \(years) years ago; "
        + "a court claim for it is likely out of time.",
      instead: "Ask an adviser before claiming; you can still ask politely for payment.",
      facts: context.profile.facts(["limitationYears"]), until: expires)
  }
}
