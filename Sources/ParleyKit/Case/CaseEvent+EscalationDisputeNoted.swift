extension CaseEvent {
  /// The client disputes some or all of what is owed; void it once resolved.
  public struct DisputeNoted: Hashable, Sendable, Codable {
    /// The day the client raised it.
    public var on: Day
    /// What they dispute, in a line (`says the second phase was not delivered`).
    public var about: String
    /// The amount disputed; nil for the whole balance.
    public var amount: Money?
    /// The invoice disputed, if one.
    public var invoice: String?

    /// Creates a dispute.
    public init(on: Day, about: String, amount: Money? = nil, invoice: String? = nil) {
      self.on = on
      self.about = about
      self.amount = amount
      self.invoice = invoice
    }
  }
}
