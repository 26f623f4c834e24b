/// The part of one payment allocated to one invoice, on the day the payment arrived.
public struct PaymentShare: Hashable, Sendable {
  /// How much of the payment went to the invoice.
  public let amount: Money
  /// The day the payment arrived.
  public let on: Day
}
