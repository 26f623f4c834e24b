extension CaseEvent {
  /// A new schedule replaces the active plan's, for what is left to pay.
  public struct PlanRevised: Hashable, Sendable, Codable {
    /// The id of the plan revised; it keeps its id.
    public var id: String
    /// The day the revision was agreed.
    public var on: Day
    /// The new installments, for what was left on the plan.
    public var schedule: InstallmentSchedule
    /// Why the plan changed.
    public var reason: String

    /// Creates a revision of plan `id`.
    public init(id: String, on: Day, schedule: InstallmentSchedule, reason: String) {
      self.id = id
      self.on = on
      self.schedule = schedule
      self.reason = reason
    }
  }
}
