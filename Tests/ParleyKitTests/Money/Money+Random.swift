@testable import ParleyKit

extension Currency {
  /// One of the known currencies, chosen by `random`.
  static func random(using random: inout SeededGenerator) -> Currency {
    Currency.known[Int.random(in: 0..<Currency.known.count, using: &random)]
  }
}

extension Money {
  /// An amount whose size is spread over every order of magnitude, from
  /// zero to the extremes of `Int64`, so laws see small and huge values.
  static func random(
    in currency: Currency, allowNegative: Bool = true, using random: inout SeededGenerator
  ) -> Money {
    let digits = Int.random(in: 0...19, using: &random)
    let units: Int64
    switch digits {
    case 0: units = 0
    case 19: units = Int64.random(in: 0...Int64.max, using: &random)
    default:
      var upper: Int64 = 1
      for _ in 0..<digits { upper *= 10 }
      units = Int64.random(in: 0..<upper, using: &random)
    }
    let isNegative = allowNegative && Bool.random(using: &random)
    // Int64.min has no positive twin; reach it now and then on purpose.
    if isNegative, digits == 19, Int.random(in: 0..<8, using: &random) == 0 {
      return Money(minorUnits: .min, currency: currency)
    }
    return Money(minorUnits: isNegative ? -units : units, currency: currency)
  }

  /// An amount in a random known currency.
  static func random(allowNegative: Bool = true, using random: inout SeededGenerator) -> Money {
    let currency = Currency.random(using: &random)
    return Money.random(in: currency, allowNegative: allowNegative, using: &random)
  }
}

/// Shorthand for test amounts: `gbp(120050)` is £1,200.50.
func gbp(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .gbp) }
