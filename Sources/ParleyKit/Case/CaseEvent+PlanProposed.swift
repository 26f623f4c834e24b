extension CaseEvent {
  /// Plan options put to the client, ranked, as they were offered.
  public struct PlanProposed: Hashable, Sendable, Codable {
    /// The day they were offered.
    public var on: Day
    /// The balance they were built for.
    public var balance: Money
    /// The options, best first.
    public var options: [PlanOption]

    /// Creates a record of `options` offered on `on` for `balance`.
    public init(on: Day, balance: Money, options: [PlanOption]) {
      self.on = on
      self.balance = balance
      self.options = options
    }
  }
}
