extension CaseEvent {
  /// The client promised to pay by a day (the "solid date" from a call).
  public struct PromiseNoted: Hashable, Sendable, Codable {
    /// The day the promise was made.
    public var on: Day
    /// The day they promised to pay by.
    public var by: Day
    /// The amount promised; nil for the whole balance.
    public var amount: Money?

    /// Creates a promise made `on` to pay by `by`.
    public init(on: Day, by: Day, amount: Money? = nil) {
      self.on = on
      self.by = by
      self.amount = amount
    }
  }
}
