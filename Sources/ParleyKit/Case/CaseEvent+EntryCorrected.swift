extension CaseEvent {
  /// A correction of an earlier entry: the fields it changes, and why.
  ///
  /// The entry corrected stays in the journal as it was written; the case
  /// reads it with every correction in force applied, in order. Voiding a
  /// correction takes back exactly its changes.
  public struct EntryCorrected: Hashable, Sendable, Codable {
    /// The sequence number of the entry corrected (never itself a correction).
    public var target: Int
    /// The fields changed, with their new values.
    public var changes: EntryChanges
    /// Why, if the user said (`typed £500, it was £600`).
    public var reason: String?

    /// Creates a correction of entry `target`.
    public init(target: Int, changes: EntryChanges, reason: String? = nil) {
      self.target = target
      self.changes = changes
      self.reason = reason
    }
  }
}
