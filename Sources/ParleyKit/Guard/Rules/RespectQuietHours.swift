/// Never contact the client in quiet hours.
enum RespectQuietHours: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard let channel = context.step.contactChannel, channel != .letter,
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
