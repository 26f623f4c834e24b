extension CaseEvent {
  /// The client's name changed (a new trading name, a typo put right); the
  /// case reads the new name from here on, and the old one stays in the record.
  public struct ClientRenamed: Hashable, Sendable, Codable {
    /// The name before.
    public var from: String
    /// The name from now on.
    public var to: String

    /// Records that the client called `from` is now called `to`.
    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }
}
