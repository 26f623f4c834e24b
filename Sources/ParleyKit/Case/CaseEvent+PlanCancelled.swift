extension CaseEvent {
  /// The active plan is called off.
  public struct PlanCancelled: Hashable, Sendable, Codable {
    /// The id of the plan cancelled.
    public var id: String
    /// The day it was called off.
    public var on: Day
    /// Why.
    public var reason: String

    /// Creates a cancellation of plan `id`.
    public init(id: String, on: Day, reason: String) {
      self.id = id
      self.on = on
      self.reason = reason
    }
  }
}
