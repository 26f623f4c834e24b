/// A first payment, made before the regular installments begin.
public struct Deposit: Hashable, Sendable, Codable {
  /// How much; more than zero and less than the balance.
  public var amount: Money
  /// The day it is due (moved to the next business day if needed).
  public var due: Day

  /// Creates a deposit of `amount` due on `due`.
  public init(amount: Money, due: Day) {
    self.amount = amount
    self.due = due
  }
}
