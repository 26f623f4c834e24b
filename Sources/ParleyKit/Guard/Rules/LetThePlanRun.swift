/// Do not chase while a payment plan is on track.
enum LetThePlanRun: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase else { return nil }
    for case .planOnTrack(let next) in context.pacing.holds {
      return GuardWarning(
        rule: .installmentNotLate,
        why: "The plan is on track: no installment is late"
          + (next.map { "; the next is due on \($0.short)" } ?? "") + ".",
        instead: "Let the plan run; parley will say when an installment is missed.",
        until: next)
    }
    return nil
  }
}
