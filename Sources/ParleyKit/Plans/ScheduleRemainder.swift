/// The minor units left over when a balance did not divide evenly, and where they went.
///
/// £1,000.00 in 3 equal installments is 333.33 each with 1p left over; by
/// default the last installment absorbs it: 333.33, 333.33, 333.34.
public struct ScheduleRemainder: Hashable, Sendable, Codable {
  /// The leftover, e.g. £0.01.
  public let amount: Money
  /// The numbers of the installments that absorbed it (one, unless spread).
  public let absorbedBy: [Int]

  /// Creates a remainder record.
  public init(amount: Money, absorbedBy: [Int]) {
    self.amount = amount
    self.absorbedBy = absorbedBy
  }
}
