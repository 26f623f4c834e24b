/// Claim only within the limitation period (or, in Scotland, before the debt prescribes).
enum WithinTheLimitationPeriod: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase, let years = context.profile.limitationYears,
      let due = context.state.invoices.filter({ !$0.isSettled }).map(\.invoice.due).min()
    else { return nil }
    guard context.profile.prescription == true else {
      let expires = due.adding(years: years)
      if context.today > expires {
        return GuardWarning(
          rule: .pastLimitation,
          why: "The oldest unpaid invoice was due on \(due.short), more than \(years) years ago; "
            + "a court claim for it is likely out of time.",
          instead: "Ask an adviser before claiming; you can still ask politely for payment.",
          facts: context.profile.facts(["limitationYears"]), until: expires)
      }
      // Where an agreement not in writing has a shorter period (California's two years).
      guard let oral = context.profile.limitationYearsOral, oral < years else { return nil }
      let oralExpires = due.adding(years: oral)
      guard context.today > oralExpires else { return nil }
      return GuardWarning(
        rule: .pastLimitation,
        why: "The oldest unpaid invoice was due on \(due.short), more than \(oral) years ago: "
          + "if the agreement was not in writing, a court claim for it is likely out of time "
          + "(\(years) years for a written one).",
        instead: "Check whether the agreement was in writing, and ask an adviser before claiming.",
        facts: context.profile.facts(["limitationYears", "limitationYearsOral"]),
        until: oralExpires)
    }
    // A part payment restarts prescription; the latest recorded one counts.
    let paid = context.state.payments.map(\.on).filter { $0 > due && $0 <= context.today }.max()
    let start = paid ?? due
    let expires = start.adding(years: years)
    guard context.today > expires else { return nil }
    let since =
      paid.map { "the last part payment on \($0.short)" }
      ?? "the oldest unpaid invoice fell due on \(due.short)"
    return GuardWarning(
      rule: .pastLimitation,
      why: "More than \(years) years have passed since \(since); the debt has likely "
        + "prescribed (it is extinguished, not just out of time) unless the client acknowledged "
        + "it in writing in that time.",
      instead: "Ask an adviser before claiming; a written acknowledgement from the client "
        + "within the period would have restarted it.",
      facts: context.profile.facts(["limitationYears"]), until: expires)
  }
}
