/// What the user should do next about a plan, by its installments' statuses.
public enum PlanNextStep: Hashable, Sendable {
  /// Nothing: every installment due so far is paid or within its grace.
  case none
  /// One installment is missed: a calm nudge about it.
  case nudge(installment: Int)
  /// Two or more installments are missed in a row: time to revisit the plan.
  case revisitPlan(missed: [Int])
  /// Every installment is paid.
  case complete
}
