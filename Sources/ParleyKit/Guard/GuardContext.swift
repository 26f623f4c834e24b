/// What every guard rule looks at: the step, the case, the profile and the day.
struct GuardContext {
  let step: ProposedStep
  let state: CaseState
  let profile: JurisdictionProfile
  let now: Timestamp
  let today: Day
  let policy: LadderPolicy
  /// When the client may next be chased.
  let pacing: ContactPacing

  /// Whether the step files a small claim.
  var isClaim: Bool {
    if case .escalate(.claimFiled, _) = step { return true }
    return false
  }

  /// What a claim or recovery is for: the step's amount, else the balance.
  var amount: Money {
    if case .escalate(_, let amount?) = step { return amount }
    return state.balance
  }

  /// Outbound contacts up to today, in order.
  var outbound: [LoggedContact] {
    state.contacts.filter { $0.contact.direction == .outbound && $0.contact.on <= today }
  }

  /// Fact paths under the letter-before-claim rule for this case's debtor.
  func letterPaths(_ leaves: [String]) -> [String] {
    let kind = state.opened.debtorKind
    let key = profile.letterBeforeClaim?.key(for: kind) ?? kind.rawValue
    return leaves.map { "letterBeforeClaim.\(key).\($0)" }
  }
}
