/// A revision of an agreed plan: when, why, and the schedule it replaced.
public struct PlanRevision: Hashable, Sendable {
  /// The journal entry that revised the plan.
  public let seq: Int
  /// The day the revision was agreed.
  public let on: Day
  /// Why the plan changed.
  public let reason: String
  /// The schedule in force before the revision.
  public let replaced: InstallmentSchedule
}
