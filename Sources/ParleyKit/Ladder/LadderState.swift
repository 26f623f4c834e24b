/// Where a case stands on the escalation ladder on a given day.
public struct LadderState: Hashable, Sendable {
  /// The day it is for (the user's local day).
  public let today: Day
  /// Everything done on the ladder, by day then entry.
  public let history: [LadderStep]
  /// The next step and when it becomes reasonable.
  public let next: LadderNextStep

  /// The highest rung reached; nil before anything was done.
  public var current: LadderStage? { history.map(\.stage).max() }

  /// What was done at `stage`, in order.
  public func steps(at stage: LadderStage) -> [LadderStep] {
    history.filter { $0.stage == stage }
  }

  /// The first day something was done at `stage`, if anything was.
  public func reached(_ stage: LadderStage) -> Day? {
    steps(at: stage).first?.on
  }
}
