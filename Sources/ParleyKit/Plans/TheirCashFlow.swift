/// The client's cash flow as the client described it.
public struct TheirCashFlow: Hashable, Sendable, Codable {
  /// What they say they can pay each week or month.
  public var capacity: PaymentCapacity?
  /// The day ``capacity`` starts; before it they can pay only ``lumpSum``.
  public var capacityFrom: Day?
  /// A lump sum they have available now.
  public var lumpSum: Money?
  /// Why they cannot pay in full, in their words (`their own customer paid late`).
  public var reason: String?
  /// The day they expect their situation to improve.
  public var improvesOn: Day?

  /// Creates the client's facts; each defaults to unknown.
  public init(
    capacity: PaymentCapacity? = nil, capacityFrom: Day? = nil, lumpSum: Money? = nil,
    reason: String? = nil, improvesOn: Day? = nil
  ) {
    self.capacity = capacity
    self.capacityFrom = capacityFrom
    self.lumpSum = lumpSum
    self.reason = reason
    self.improvesOn = improvesOn
  }
}
