/// Send the letter before claim before filing a claim.
enum LetterBeforeClaimFirst: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.isClaim, context.state.firstEscalation(.letterBeforeClaimSent) == nil else {
      return nil
    }
    let kind = context.state.opened.debtorKind
    let rule = context.profile.letterBeforeClaim?.rule(for: kind)
    let regime = rule?.regime.map { " (\($0))" } ?? ""
    return GuardWarning(
      rule: .claimBeforeLetter,
      why: "No letter before claim has been sent\(regime). A claim without one can be stayed, "
        + "and the court can make you pay costs or cut the interest you get.",
      instead: "Send the letter before claim (\(.draft(.letterBeforeClaim))), record it "
        + "(\(.escalate(.letterBeforeClaimSent))) and wait out its reply window.",
      facts: context.profile.facts(context.letterPaths(["regime", "replyDays"])))
  }
}
