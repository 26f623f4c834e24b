/// A piece of a case's record with the journal entry that holds it.
public struct Recorded<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The journal entry's sequence number.
  public let seq: Int
  /// When it was recorded.
  public let recordedAt: Timestamp
  /// What was recorded.
  public let value: Value

  /// Creates a record.
  public init(seq: Int, recordedAt: Timestamp, value: Value) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.value = value
  }
}
