/// Never contact the client in quiet hours, nor on a public holiday where
/// the profile says those are days of no contact.
enum RespectQuietHours: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard let channel = context.step.contactChannel, channel != .letter else { return nil }
    let rules = context.profile.contactRules
    if rules.noContactOnHolidays == true,
      context.profile.bankHolidays?.contains(context.today) == true
    {
      let next = context.today.adding(days: 1).rolledForwardToBusinessDay(
        holidays: Set(context.profile.bankHolidays ?? []))
      return GuardWarning(
        rule: .quietHours,
        why: "Today is a public holiday in \(context.profile.name); contact on public holidays "
          + "is not recommended.",
        instead: "Wait until \(next.inWords).",
        facts: context.profile.facts(["contactRules.noContactOnHolidays", "bankHolidays"]))
    }
    guard
      let quiet = context.profile.contactRules.quietHours,
      quiet.contains(context.now.localTime, on: context.today)
    else { return nil }
    let end = quiet.end(on: context.today)
    return GuardWarning(
      rule: .quietHours,
      why: "It is \(context.now.localTime) here; contact between \(quiet.from) and \(end) "
        + "is unreasonable (checked in your time zone, not theirs).",
      instead: "Schedule it for after \(end).",
      facts: context.profile.facts(["contactRules.quietHours"]))
  }
}
