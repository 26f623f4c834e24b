import ParleyKit

/// A plan and where it stands, for `plan show --json` and `plan export --json`.
struct PlanProgressJSON: Encodable {
  struct Row: Encodable {
    let number: Int
    let due: Day
    let amount: Money
    let paid: Money
    let status: String
  }

  let planID: String
  let agreedOn: Day
  let revisions: Int
  let today: Day
  let scheduled: Money
  let paid: Money
  let remaining: Money
  let lateCharges: LateCharges?
  let installments: [Row]
  let nextStep: String

  private enum CodingKeys: String, CodingKey {
    case planID = "plan_id"
    case agreedOn, revisions, today, scheduled, paid, remaining, lateCharges, installments
    case nextStep
  }

  init(plan: AgreedPlan, progress: PlanProgress) {
    planID = plan.id
    agreedOn = plan.agreedOn
    revisions = plan.revisions.count
    today = progress.today
    scheduled = progress.scheduled
    paid = progress.allocated
    remaining = progress.remaining
    lateCharges = plan.lateCharges
    installments = progress.installments.map {
      Row(
        number: $0.installment.number, due: $0.installment.due, amount: $0.installment.amount,
        paid: $0.paid, status: $0.status.rawValue.snakeCased)
    }
    switch progress.nextStep {
    case .none: nextStep = "none"
    case .nudge: nextStep = "nudge"
    case .revisitPlan: nextStep = "revisit_plan"
    case .complete: nextStep = "complete"
    }
  }
}
