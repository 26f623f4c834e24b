/// Leave the agreed spacing between chases.
enum SpacedChases: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
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
}
