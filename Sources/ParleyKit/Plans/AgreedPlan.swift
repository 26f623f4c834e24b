/// A plan the client agreed, as the case's journal tells it: its current
/// schedule, its revisions and, if it was called off, why.
public struct AgreedPlan: Hashable, Sendable {
  /// The plan's id within the case (`plan-1`).
  public let id: String
  /// The journal entry that agreed it.
  public let seq: Int
  /// The day it was agreed.
  public let agreedOn: Day
  /// Late charges, charged in the schedule or waived if the plan is kept.
  public let lateCharges: LateCharges?
  /// The schedule in force: the agreed one, or the latest revision's.
  public internal(set) var schedule: InstallmentSchedule
  /// Each revision, oldest first, with the schedule it replaced.
  public internal(set) var revisions: [PlanRevision] = []
  /// Why and when it was called off; nil while it runs.
  public internal(set) var cancellation: PlanCancellation?

  /// Creates the plan as agreed by entry `seq`.
  init(seq: Int, agreed: CaseEvent.PlanAgreed) {
    self.id = agreed.id
    self.seq = seq
    self.agreedOn = agreed.on
    self.lateCharges = agreed.lateCharges
    self.schedule = agreed.schedule
  }

  /// Whether the plan has not been called off.
  public var isActive: Bool { cancellation == nil }

  /// The day the schedule in force was agreed: the agreement or the latest revision.
  public var scheduleAgreedOn: Day { revisions.last?.on ?? agreedOn }

  /// The journal entry after which payments count toward ``schedule``.
  ///
  /// A payment recorded before the schedule was agreed had already reduced
  /// the balance the schedule was built for; one recorded after it pays the
  /// schedule, whatever day it is dated.
  public var scheduleSeq: Int { revisions.last?.seq ?? seq }
}
