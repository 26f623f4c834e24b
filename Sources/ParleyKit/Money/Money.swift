/// An exact amount of money: integer minor units (pence, cents) in one currency.
///
/// Never floating point. Arithmetic that could overflow throws ``MoneyError``;
/// see `Money+Arithmetic.swift`.
public struct Money: Hashable, Sendable {
  /// The amount in the currency's minor unit (pence for GBP, yen for JPY).
  public let minorUnits: Int64
  /// The currency the amount is in.
  public let currency: Currency

  /// Creates an amount from minor units.
  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// Zero in `currency`.
  public static func zero(_ currency: Currency) -> Money {
    Money(minorUnits: 0, currency: currency)
  }

  /// Whether the amount is exactly zero.
  public var isZero: Bool { minorUnits == 0 }
  /// Whether the amount is below zero.
  public var isNegative: Bool { minorUnits < 0 }
}
