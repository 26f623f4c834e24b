extension CaseEvent {
  /// The client agreed a payment plan.
  public struct PlanAgreed: Hashable, Sendable, Codable {
    /// The plan's id within the case (`plan-1`); see ``CaseState/nextPlanID``.
    public var id: String
    /// The day it was agreed.
    public var on: Day
    /// The installments agreed.
    public var schedule: InstallmentSchedule
    /// Late charges, charged in the schedule or waived if the plan is kept.
    public var lateCharges: LateCharges?

    /// Creates an agreement to `schedule` on `on`.
    public init(id: String, on: Day, schedule: InstallmentSchedule, lateCharges: LateCharges? = nil)
    {
      self.id = id
      self.on = on
      self.schedule = schedule
      self.lateCharges = lateCharges
    }
  }
}
