/// How a closed case was closed: the entry, the day and the reason.
public struct CaseClosure: Hashable, Sendable {
  /// The `case.closed` entry.
  public let seq: Int
  /// The day it was closed.
  public let on: Day
  /// Why, if the user said.
  public let reason: String?

  /// Creates a closure recorded in entry `seq`.
  public init(seq: Int, on: Day, reason: String?) {
    self.seq = seq
    self.on = on
    self.reason = reason
  }
}
