/// An amount of money in a profile file, in the profile's currency: a JSON
/// number of whole units (`10000`) or a decimal string (`"12.50"`).
///
/// Stored in hundredths of a major unit, never floating point; see
/// ``money(in:)`` for the amount in a currency's minor units.
public struct ProfileAmount: Hashable, Sendable, Comparable {
  /// The amount in hundredths of a major unit (pence, cents).
  public let hundredths: Int64

  /// Creates an amount from hundredths of a major unit.
  public init(hundredths: Int64) {
    self.hundredths = hundredths
  }

  /// Creates an amount of whole major units (`10_000` is £10,000).
  public init(whole: Int64) {
    self.hundredths = whole * 100
  }

  /// The amount in `currency`, rounded toward zero for a currency with no
  /// minor digits (no built-in profile has one).
  public func money(in currency: Currency) -> Money {
    switch currency.minorDigits {
    case 2: return Money(minorUnits: hundredths, currency: currency)
    case let digits where digits < 2:
      var divisor: Int64 = 1
      for _ in digits..<2 { divisor *= 10 }
      return Money(minorUnits: hundredths / divisor, currency: currency)
    default:
      var factor: Int64 = 1
      for _ in 2..<currency.minorDigits { factor *= 10 }
      return Money(minorUnits: hundredths * factor, currency: currency)
    }
  }

  public static func < (lhs: ProfileAmount, rhs: ProfileAmount) -> Bool {
    lhs.hundredths < rhs.hundredths
  }
}
