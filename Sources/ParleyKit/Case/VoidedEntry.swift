/// A journal entry cancelled by a later `void`, kept for the record.
public struct VoidedEntry: Hashable, Sendable {
  /// The entry cancelled.
  public let target: RecordedEvent
  /// The `void` entry that cancelled it.
  public let voidSeq: Int
  /// Why it was cancelled.
  public let reason: String
}
