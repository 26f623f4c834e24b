/// Checks an outbound step against the ladder and the profile before it is
/// taken: pure rules returning warnings, which the shell words and asks about.
///
/// A `warn` needs a typed reason to go ahead (recorded as `guard.overridden`);
/// a `stop` is refused; `info` is shown beside the step.
///
/// Quiet hours use `now`'s local time in the *user's* time zone: parley does
/// not know the client's, so a client in another zone is checked as if they
/// were in the user's (a simplification; the profile means the debtor's time).
public enum ProcessGuard {
  /// The warnings for taking `step` in the case `state` on `now`, most serious first.
  public static func check(
    _ step: ProposedStep, state: CaseState, profile: JurisdictionProfile, now: Timestamp,
    policy: LadderPolicy = LadderPolicy()
  ) -> [GuardWarning] {
    let pacing = ContactPacing(
      state: state, rules: profile.contactRules, policy: policy, today: now.localDay)
    let context = GuardContext(
      step: step, state: state, profile: profile, now: now, today: now.localDay, policy: policy,
      pacing: pacing)
    let rules: [any GuardCheck.Type] = [
      KeepItPrivate.self, MediationBeforeFormalSteps.self, LetterBeforeClaimFirst.self,
      WaitOutTheReplyWindow.self, SmallClaimsForSmallSums.self, MindTheSmallClaimsLimit.self,
      WithinTheLimitationPeriod.self, KnowTheCourtFee.self, SpacedChases.self,
      CooldownAfterConversation.self, MonthlyContactBudget.self, RespectQuietHours.self,
      TrustThePromisedDate.self, LetThePlanRun.self, AnswerTheDisputeFirst.self,
    ]
    let warnings = rules.compactMap { $0.warning(context) }
    return warnings.enumerated().sorted {
      ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset)
    }.map(\.element)
  }

  // MARK: - The ladder

}
