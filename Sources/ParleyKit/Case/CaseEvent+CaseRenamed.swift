extension CaseEvent {
  /// The case's id (the name its journal is kept under) changed.
  ///
  /// Recorded in the journal before the file takes its new name, so the
  /// record says what the case was called when, and an anchor taken under
  /// the old id can still find it.
  public struct CaseRenamed: Hashable, Sendable, Codable {
    /// The id before (`acme-ltd`).
    public var from: String
    /// The id from now on (`acme-holdings`).
    public var to: String

    /// Records that case `from` is now case `to`.
    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }
}
