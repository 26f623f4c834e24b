extension Money {
  /// This amount divided by a whole number, rounded by a named rule.
  ///
  /// There is deliberately no default rule: `/` on integers truncates, which
  /// is ``RoundingRule/towardZero``, and a reader should see the choice.
  ///
  ///     let pounds = Money(minorUnits: 1000, currency: .gbp)
  ///     try pounds.divided(by: 3, rounding: .toNearestOrEven)  // £3.33
  ///     try pounds.divided(by: 3, rounding: .up)               // £3.34
  ///
  /// To share an amount out so the parts add back up, use ``split(into:remainder:)``.
  /// - Throws: ``MoneyError/divisionByZero`` if `divisor` is zero,
  ///   ``MoneyError/overflow`` for `Int64.min` divided by -1.
  public func divided(by divisor: Int64, rounding rule: RoundingRule) throws(MoneyError) -> Money {
    try multiplied(by: 1, dividedBy: divisor, rounding: rule)
  }

  /// This amount times `numerator / denominator`, rounded once, at the end.
  ///
  /// The product is held in 128 bits, so nothing is lost or overflows on the
  /// way: 8% a year for 30 days on £1,234.56 is
  /// `amount.multiplied(by: 8 * 30, dividedBy: 100 * 365, rounding: .toNearestOrEven)`.
  /// - Throws: ``MoneyError/divisionByZero`` if `denominator` is zero,
  ///   ``MoneyError/overflow`` if the rounded result does not fit.
  public func multiplied(
    by numerator: Int64, dividedBy denominator: Int64, rounding rule: RoundingRule
  ) throws(MoneyError) -> Money {
    guard denominator != 0 else { throw .divisionByZero }
    let product = minorUnits.magnitude.multipliedFullWidth(by: numerator.magnitude)
    let isNegative = ((minorUnits < 0) != (numerator < 0)) != (denominator < 0)
    guard
      let result = rule.divide(product, by: denominator.magnitude, isNegative: isNegative)
    else { throw .overflow }
    return Money(minorUnits: result, currency: currency)
  }
}
