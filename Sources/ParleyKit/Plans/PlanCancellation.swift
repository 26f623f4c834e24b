/// Why and when an agreed plan was called off.
public struct PlanCancellation: Hashable, Sendable {
  /// The journal entry that cancelled it.
  public let seq: Int
  /// The day it was called off.
  public let on: Day
  /// Why.
  public let reason: String
}
