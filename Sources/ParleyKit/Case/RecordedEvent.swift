/// An event as it stands in a journal: its sequence number and when it was recorded.
public struct RecordedEvent: Hashable, Sendable {
  /// The 1-based position in the case journal.
  public let seq: Int
  /// When the user recorded it (not necessarily when it happened).
  public let recordedAt: Timestamp
  /// What happened.
  public let event: CaseEvent

  /// Creates a recorded event.
  public init(seq: Int, recordedAt: Timestamp, event: CaseEvent) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.event = event
  }
}
