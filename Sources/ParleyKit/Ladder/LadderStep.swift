/// One thing done on the ladder, dated, with the journal entry that records it.
public struct LadderStep: Hashable, Sendable {
  /// What was done.
  public let kind: LadderStepKind
  /// The day it was done.
  public let on: Day
  /// The journal entry that records it.
  public let seq: Int

  /// The rung it belongs to.
  public var stage: LadderStage { kind.stage }
}
