/// An entry with corrections in force: as first recorded, and as the case now reads it.
///
/// Only corrections that are not voided count, in journal order; a voided
/// correction is not a step, so voiding one takes back exactly its changes.
public struct CorrectedEntry: Hashable, Sendable {
  /// The entry as first recorded.
  public let original: RecordedEvent
  /// The corrections in force, oldest first; never empty.
  public let steps: [CorrectionStep]

  /// The entry as the case reads it now.
  public var reading: CaseEvent { steps.last?.after ?? original.event }

  /// The entry that supersedes entry `seq` (the original or one of its
  /// corrections): the next correction in force; nil for the latest.
  public func supersedingEntry(of seq: Int) -> Int? {
    if seq == original.seq { return steps.first?.seq }
    guard let index = steps.firstIndex(where: { $0.seq == seq }), index + 1 < steps.count else {
      return nil
    }
    return steps[index + 1].seq
  }
}
