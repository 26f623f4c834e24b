import ParleyKit

/// One event read from (or just written to) a case journal, with its place in the chain.
public struct JournalRecord: Hashable, Sendable {
  /// The line's sequence number: 1 for the first line, then one more per line.
  public var seq: Int
  /// When the event was recorded, with the user's time-zone id.
  public var timestamp: Timestamp
  /// What happened.
  public var event: CaseEvent
  /// The SHA-256 (64 lowercase hex digits) of the previous line, or 64 zeros for line 1.
  public var prev: String
  /// The SHA-256 (64 lowercase hex digits) of this line's bytes, without its newline.
  public var hash: String

  /// Creates a record.
  public init(seq: Int, timestamp: Timestamp, event: CaseEvent, prev: String, hash: String) {
    self.seq = seq
    self.timestamp = timestamp
    self.event = event
    self.prev = prev
    self.hash = hash
  }
}
