/// Give a conversation time to work before chasing again.
enum CooldownAfterConversation: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isPacedContact else { return nil }
    for case .afterConversation(let talk, let days) in context.pacing.holds {
      let next = talk.adding(days: days)
      return GuardWarning(
        rule: .contactAfterConversation,
        why: "You spoke on \(talk.short); chasing within \(days) days of a conversation undoes "
          + "the goodwill.",
        instead:
          "Confirm what was agreed (\(.draft(.callConfirmation))) and wait until \(next.short).",
        facts: context.profile.facts(["contactRules.cooldownAfterConversationDays"]), until: next)
    }
    return nil
  }
}
