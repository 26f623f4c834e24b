import ParleyKit

/// A plan the client agreed, as it stands on the day of the export.
struct EvidencePlan: Hashable, Sendable {
  /// The plan's id (`plan-1`).
  let id: String
  /// The journal entry that agreed it.
  let agreedSeq: Int
  /// The day it was agreed.
  let agreedOn: Day
  /// `running` or `cancelled`.
  let status: String
  /// The schedule in force, in one line.
  let schedule: String
  /// Late charges, in words, if any were agreed.
  let lateCharges: String?
  /// Each revision: the day and the reason.
  let revisions: [EvidenceDetail]
  /// Why and when it was called off, if it was.
  let cancellation: EvidenceDetail?
  /// The installments of the schedule in force.
  let installments: [EvidenceInstallment]

  /// `plan`'s standing on `today`, counting the payments `state` records toward it.
  init(_ plan: AgreedPlan, state: CaseState, today: Day) {
    id = plan.id
    agreedSeq = plan.seq
    agreedOn = plan.agreedOn
    status = plan.isActive ? "running" : "cancelled"
    schedule = plan.schedule.summary
    lateCharges = plan.lateCharges?.evidenceWords
    revisions = plan.revisions.map {
      EvidenceDetail(label: "revised \($0.on.iso) (entry \($0.seq))", value: $0.reason)
    }
    cancellation = plan.cancellation.map {
      EvidenceDetail(label: "cancelled \($0.on.iso) (entry \($0.seq))", value: $0.reason)
    }
    let progress = PlanTracker().progress(
      of: plan, payments: state.payments(toward: plan), today: today)
    installments = progress.installments.map { entry in
      let standing = plan.isActive || entry.status == .paid
      return EvidenceInstallment(
        number: entry.installment.number, due: entry.installment.due,
        amount: entry.installment.amount, paid: entry.paid,
        status: standing ? entry.status.words : "cancelled",
        statusCode: standing ? entry.status.rawValue.snakeCased : "cancelled")
    }
  }
}
