/// An amount the client can pay per week or per month.
public struct PaymentCapacity: Hashable, Sendable, Codable {
  /// The most they can pay in one period.
  public var amount: Money
  /// The period: a calendar week (Monday to Sunday) or a calendar month.
  public var per: CapacityPeriod

  /// Creates a capacity: `amount` per `per`.
  public init(amount: Money, per: CapacityPeriod) {
    self.amount = amount
    self.per = per
  }
}
