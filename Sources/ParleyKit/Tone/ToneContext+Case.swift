extension ToneContext {
  /// What the case tells the checker on `today`: the pacing of contact under
  /// `profile`'s rules and `policy` (the same the guard and `next` use), the
  /// stage on the ladder, the date order.
  public init(
    state: CaseState, today: Day, profile: JurisdictionProfile,
    policy: LadderPolicy = LadderPolicy()
  ) {
    self.init(
      hasCase: true, today: today, dateOrder: profile.dateOrder,
      pacing: ContactPacing(
        state: state, rules: profile.contactRules, policy: policy, today: today),
      mediationOffered: state.firstEscalation(.mediationOffered) != nil
        || state.firstEscalation(.mediationAgreed) != nil
        || state.firstEscalation(.mediationRefused) != nil,
      letterBeforeClaimSent: state.firstEscalation(.letterBeforeClaimSent) != nil)
  }
}
