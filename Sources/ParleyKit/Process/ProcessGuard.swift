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
    let rules: [(GuardContext) -> GuardWarning?] = [
      publicShaming, skipMediation, claimBeforeLetter, claimInReplyWindow, recoveryUnderLimit,
      claimOverLimit, pastLimitation, courtFee, contactTooSoon, contactAfterConversation,
      contactBudget, quietHours, beforePromisedDate, installmentNotLate, disputedAmount,
    ]
    let warnings = rules.compactMap { $0(context) }
    return warnings.enumerated().sorted {
      ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset)
    }.map(\.element)
  }

  // MARK: - The ladder

  static func publicShaming(_ context: GuardContext) -> GuardWarning? {
    guard case .publicShaming = context.step else { return nil }
    return GuardWarning(
      rule: .publicShaming,
      why: "Shaming a client in public (social media, reviews, their clients or employer) "
        + "hardens them against paying, can be defamation or harassment, and undoes a record "
        + "that otherwise shows you were calm and fair.",
      instead: "Keep it between you and the client: take the next step on the ladder "
        + "('next'), or offer mediation.",
      facts: context.profile.facts(["contactRules.noThirdParties"]))
  }

  static func skipMediation(_ context: GuardContext) -> GuardWarning? {
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
      instead: "Offer mediation first ('draft mediation-proposal'), give them time to answer, "
        + "and record it ('escalate mediation-offered').",
      facts: context.profile.facts(["mediation.summary", "mediation.required"]))
  }

  static func claimBeforeLetter(_ context: GuardContext) -> GuardWarning? {
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
      instead: "Send the letter before claim ('draft letter-before-claim'), record it "
        + "('escalate letter-before-claim-sent') and wait out its reply window.",
      facts: context.profile.facts(context.letterPaths(["regime", "replyDays"])))
  }

  static func claimInReplyWindow(_ context: GuardContext) -> GuardWarning? {
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

  static func recoveryUnderLimit(_ context: GuardContext) -> GuardWarning? {
    guard case .escalate(.passedToRecovery, _) = context.step,
      let limit = context.profile.smallClaimsLimit(in: context.state.currency),
      context.amount.minorUnits <= limit.minorUnits
    else { return nil }
    return GuardWarning(
      rule: .recoveryUnderLimit,
      why: "\(context.amount.formatted) is within the small-claims limit of \(limit.formatted). "
        + "Solicitors or an agency are likely to cost more than they recover at this size.",
      instead: "File a small claim yourself; it is built for sums like this.",
      facts: context.profile.facts(["smallClaims.limit", "smallClaims.route"]),
      amount: context.amount)
  }

  static func claimOverLimit(_ context: GuardContext) -> GuardWarning? {
    guard context.isClaim, let limit = context.profile.smallClaimsLimit(in: context.state.currency),
      context.amount.minorUnits > limit.minorUnits
    else { return nil }
    return GuardWarning(
      rule: .claimOverLimit,
      why: "\(context.amount.formatted) is above the small-claims limit of \(limit.formatted); "
        + "the claim would go to a track with higher fees and costs risk.",
      instead: "Take advice before claiming, or consider limiting the claim to the small-claims "
        + "limit (what you give up above it is lost).",
      facts: context.profile.facts(["smallClaims.limit"]), amount: context.amount)
  }

  static func pastLimitation(_ context: GuardContext) -> GuardWarning? {
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

  static func courtFee(_ context: GuardContext) -> GuardWarning? {
    guard context.isClaim, let fee = context.profile.issueFee(for: context.amount) else {
      return nil
    }
    return GuardWarning(
      rule: .courtFee,
      why: "The court's issue fee for a claim of \(context.amount.formatted) is \(fee.formatted) "
        + "(the claim's value includes interest).",
      instead: "Add the fee to what you claim; you usually get it back if you win.",
      facts: context.profile.facts(["courtIssueFees"]), amount: fee)
  }
}
