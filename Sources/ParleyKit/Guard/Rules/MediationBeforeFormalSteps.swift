/// Offer mediation before the letter before claim, a claim or recovery.
enum MediationBeforeFormalSteps: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    let formal: Bool
    switch context.step {
    case .sendDraft(.letterBeforeClaim, _): formal = true
    case .escalate(let step, _):
      formal = [.letterBeforeClaimSent, .claimFiled, .passedToRecovery].contains(step)
    default: formal = false
    }
    guard formal, context.state.firstEscalation(.mediationOffered) == nil else { return nil }
    return GuardWarning(
      rule: .skipMediation,
      why: "Mediation has not been offered. Courts expect an attempt to settle before a claim; "
        + "skipping it can cost you even if you win, and the offer alone often settles it.",
      instead: "Offer mediation first (\(.draft(.mediationProposal))), give them time to answer, "
        + "and record it (\(.escalate(.mediationOffered))).",
      facts: context.profile.facts(["mediation.summary", "mediation.required"]))
  }
}
