import ParleyKit

/// How a case was closed, in JSON output.
struct ClosureJSON: Encodable {
  /// The closing's entry.
  let seq: Int
  /// The day it was closed.
  let on: Day
  /// Why, if said.
  var reason: String?

  init(_ closure: CaseClosure) {
    seq = closure.seq
    on = closure.on
    reason = closure.reason
  }
}
