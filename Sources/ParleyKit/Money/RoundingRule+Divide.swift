extension RoundingRule {
  /// Divides the 128-bit magnitude `dividend` by `divisor` and rounds the
  /// result of the signed quotient by this rule.
  ///
  /// - Parameters:
  ///   - dividend: The magnitude of the dividend, as a full-width product.
  ///   - divisor: The magnitude of the divisor; must not be zero.
  ///   - isNegative: Whether the exact quotient is below zero.
  /// - Returns: The rounded quotient, or nil if it does not fit in `Int64`.
  func divide(
    _ dividend: (high: UInt64, low: UInt64), by divisor: UInt64, isNegative: Bool
  ) -> Int64? {
    guard divisor != 0, dividend.high < divisor else { return nil }
    let (quotient, remainder) = divisor.dividingFullWidth(dividend)
    let awayFromZero: Bool
    if remainder == 0 {
      awayFromZero = false
    } else {
      switch self {
      case .down: awayFromZero = isNegative
      case .up: awayFromZero = !isNegative
      case .towardZero: awayFromZero = false
      case .awayFromZero: awayFromZero = true
      case .toNearestOrEven, .toNearestOrAwayFromZero:
        // Compare remainder with divisor - remainder, which cannot overflow.
        let rest = divisor - remainder
        if remainder != rest {
          awayFromZero = remainder > rest
        } else {
          awayFromZero = self == .toNearestOrAwayFromZero || quotient % 2 == 1
        }
      }
    }
    var magnitude = quotient
    if awayFromZero {
      let (next, overflow) = quotient.addingReportingOverflow(1)
      guard !overflow else { return nil }
      magnitude = next
    }
    return Int64(signMagnitude: magnitude, isNegative: isNegative)
  }
}

extension Int64 {
  /// The value with this sign and magnitude, or nil if it does not fit
  /// (`Int64.min` has magnitude 2^63 and fits; +2^63 does not).
  init?(signMagnitude magnitude: UInt64, isNegative: Bool) {
    if isNegative {
      guard magnitude <= Int64.min.magnitude else { return nil }
      self = magnitude == Int64.min.magnitude ? Int64.min : -Int64(magnitude)
    } else {
      guard magnitude <= UInt64(Int64.max) else { return nil }
      self = Int64(magnitude)
    }
  }
}
