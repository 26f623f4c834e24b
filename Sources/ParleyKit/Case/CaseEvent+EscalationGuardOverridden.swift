extension CaseEvent {
  /// The user went ahead with a step despite the guard's warnings, with a reason.
  public struct GuardOverridden: Hashable, Sendable, Codable {
    /// The ids of the warnings gone past (`skip-mediation`).
    public var warnings: [String]
    /// The step, as the shell describes it (`draft letter-before-claim`).
    public var step: String
    /// The user's reason, as typed.
    public var reason: String
    /// The day it was decided.
    public var on: Day

    /// Creates an override of `warnings` for `step`.
    public init(warnings: [String], step: String, reason: String, on: Day) {
      self.warnings = warnings
      self.step = step
      self.reason = reason
      self.on = on
    }
  }
}
