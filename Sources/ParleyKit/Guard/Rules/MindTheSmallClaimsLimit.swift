/// Take advice before claiming above the small-claims limit.
enum MindTheSmallClaimsLimit: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
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
}
