/// Use the small-claims track yourself for a sum within its limit, not solicitors or an agency.
enum SmallClaimsForSmallSums: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard case .escalate(.passedToRecovery, _) = context.step,
      let limit = context.profile.smallClaimsLimit(in: context.state.currency),
      context.amount.minorUnits <= limit.minorUnits
    else { return nil }
    return GuardWarning(
      rule: .recoveryUnderLimit,
      why: "\(context.amount.formatted) is within the small-claims limit of \(limit.formatted). "
        + "Solicitors or an agency are likely to cost more than they recover at this size.",
      instead: "File a small claim yourself; it is built for sums like this.",
      facts: context.profile.facts([
        "smallClaims.limit", "smallClaims.route", "smallClaims.entityRoute",
      ]),
      amount: context.amount)
  }
}
