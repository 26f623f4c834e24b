/// One proposed plan: a schedule and the facts the shell words in one line.
///
/// For example, the shell might say "£1,600 to you by 31 Dec; then £800 a
/// month fits their £900; done by 30 Apr" from ``myNeed``, ``regularAmount``,
/// ``theirCapacity`` and ``finish``.
public struct PlanOption: Hashable, Sendable, Codable {
  /// The idea behind the option.
  public let kind: PlanOptionKind
  /// The installments, summing to the balance (plus any charged late charges).
  public let schedule: InstallmentSchedule
  /// Late-payment charges, charged in the schedule or waived if the plan is kept.
  public let lateCharges: LateCharges?
  /// How the option meets the user's need; nil when the need is unknown.
  public let myNeed: NeedCheck?
  /// How the option compares with the client's capacity; nil when unknown.
  public let theirCapacity: CapacityCheck?
  /// Whether the option finishes by the user's last day; nil when unknown.
  public let myWait: WaitCheck?

  /// Creates an option, checking `schedule` against `cashFlow`.
  public init(
    kind: PlanOptionKind, schedule: InstallmentSchedule, lateCharges: LateCharges?,
    cashFlow: CashFlow
  ) {
    self.kind = kind
    self.schedule = schedule
    self.lateCharges = lateCharges
    self.myNeed = NeedCheck(schedule: schedule, mine: cashFlow.mine)
    self.theirCapacity = CapacityCheck(schedule: schedule, theirs: cashFlow.theirs)
    self.myWait = WaitCheck(schedule: schedule, mine: cashFlow.mine)
  }
}
