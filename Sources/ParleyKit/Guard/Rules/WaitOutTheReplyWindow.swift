/// Give the letter before claim its full reply window before claiming.
enum WaitOutTheReplyWindow: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.isClaim, let letter = context.state.lastEscalation(.letterBeforeClaimSent)
    else { return nil }
    let days = ProcessLadder.replyDays(
      for: context.state, profile: context.profile, policy: context.policy)
    let ends = letter.value.on.adding(days: days)
    guard context.today <= ends else { return nil }
    return GuardWarning(
      rule: .claimInReplyWindow,
      why: "The letter before claim went on \(letter.value.on.short); they have \(days) days "
        + "to reply, until \(ends.short). Claiming inside the window breaks the pre-action rules.",
      instead: "Wait until \(ends.adding(days: 1).short), and answer any reply first.",
      facts: context.profile.facts(context.letterPaths(["replyDays"])), until: ends)
  }
}
