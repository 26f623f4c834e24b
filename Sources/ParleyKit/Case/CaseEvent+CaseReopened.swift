extension CaseEvent {
  /// A closed case was opened again for work.
  public struct CaseReopened: Hashable, Sendable, Codable {
    /// The day it was reopened.
    public var on: Day
    /// Why (`the cheque bounced`), if the user said.
    public var reason: String?

    /// Creates a reopening on `on`.
    public init(on: Day, reason: String? = nil) {
      self.on = on
      self.reason = reason
    }
  }
}
