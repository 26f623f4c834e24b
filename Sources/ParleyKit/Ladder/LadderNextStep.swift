/// The next step on the ladder and the day it becomes reasonable.
public struct LadderNextStep: Hashable, Sendable {
  /// What to do.
  public let action: LadderAction
  /// The rung it belongs to; nil for waiting and for nothing.
  public let stage: LadderStage?
  /// The first day it is reasonable (may be today or earlier).
  public let from: Day
  /// Why, with the dates it rests on.
  public let reason: LadderReason
  /// The draft that goes with it, if parley writes one.
  public let draft: DraftKind?

  /// Whether it is reasonable on `today`.
  public func isDue(today: Day) -> Bool { from <= today }
}
