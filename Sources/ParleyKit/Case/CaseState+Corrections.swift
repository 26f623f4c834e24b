extension CaseState {
  /// `entry` as the case reads it: with its corrections in force applied.
  public func reading(of entry: RecordedEvent) -> CaseEvent {
    corrections[entry.seq]?.reading ?? entry.event
  }

  /// Entry `seq` as the case reads it; nil when there is no such entry.
  public func reading(ofEntry seq: Int) -> CaseEvent? {
    entry(seq).map(reading(of:))
  }

  /// Entry `seq` as recorded, if there is one.
  public func entry(_ seq: Int) -> RecordedEvent? {
    // Entries are numbered from 1 in order; a hand-edited journal may not be.
    if entries.indices.contains(seq - 1), entries[seq - 1].seq == seq { return entries[seq - 1] }
    return entries.first { $0.seq == seq }
  }

  /// The later correction that supersedes entry `seq` (an entry or one of
  /// its corrections), if one does and is in force.
  public func supersedingEntry(of seq: Int) -> Int? {
    if let corrected = corrections[seq] { return corrected.supersedingEntry(of: seq) }
    guard case .entryCorrected(let correction)? = entry(seq)?.event else { return nil }
    return corrections[correction.target]?.supersedingEntry(of: seq)
  }

  /// The entry that entry `seq` corrects, when it is a correction; else `seq` itself.
  ///
  /// A correction of a correction is a correction of the entry both correct,
  /// so every correction of an entry names the entry itself.
  public func correctedEntry(for seq: Int) -> Int {
    guard case .entryCorrected(let correction)? = entry(seq)?.event else { return seq }
    return correction.target
  }
}
