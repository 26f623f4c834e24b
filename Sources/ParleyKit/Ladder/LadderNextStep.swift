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
  /// The step that takes it, if there is one: the draft parley writes for
  /// it, or what to record once it is done.
  public let suggestion: SuggestedStep?

  /// The draft that goes with it, if parley writes one.
  public var draft: DraftKind? {
    if case .draft(let kind) = suggestion { return kind }
    return nil
  }

  /// Whether it is reasonable on `today`.
  public func isDue(today: Day) -> Bool { from <= today }
}
