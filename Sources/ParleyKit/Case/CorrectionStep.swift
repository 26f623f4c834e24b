/// One correction in force on an entry, with the entry's reading before and after it.
public struct CorrectionStep: Hashable, Sendable {
  /// The correction's own entry number.
  public let seq: Int
  /// When the correction was recorded.
  public let recordedAt: Timestamp
  /// The correction as recorded.
  public let correction: CaseEvent.EntryCorrected
  /// The entry as it read before this correction.
  public let before: CaseEvent
  /// The entry as it read after it.
  public let after: CaseEvent
}
