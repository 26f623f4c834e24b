extension CaseEvent {
  /// The case was closed: settled, written off or dropped. Its journal is
  /// kept and can still be read, exported and verified; nothing more is
  /// recorded in it until it is reopened.
  public struct CaseClosed: Hashable, Sendable, Codable {
    /// The day it was closed.
    public var on: Day
    /// Why (`paid in full`, `written off`), if the user said.
    public var reason: String?

    /// Creates a closing on `on`.
    public init(on: Day, reason: String? = nil) {
      self.on = on
      self.reason = reason
    }
  }
}
