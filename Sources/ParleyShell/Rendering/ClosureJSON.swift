import ParleyKit

/// How a case was closed, in JSON output.
struct ClosureJSON: Encodable {
  /// The closing's entry.
  let seq: Int
  /// The day it was closed.
  let on: Day
  /// Why, if said.
  @Nullable var reason: String?

  init(_ closure: CaseClosure) {
    seq = closure.seq
    on = closure.on
    reason = closure.reason
  }
}

/// A contact in JSON output.
struct ContactJSON: Encodable {
  let seq: Int
  let on: Day
  let channel: String
  let direction: String
  let summary: String
  let fullText: String?
  let recordedAt: String

  init(_ logged: LoggedContact) {
    seq = logged.seq
    on = logged.contact.on
    channel = logged.contact.channel.rawValue
    direction = logged.contact.direction.rawValue
    summary = logged.contact.summary
    fullText = logged.contact.fullText
    recordedAt = logged.recordedAt.isoUTC
  }
}
