extension Money {
  /// The sum of this amount and `other`.
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ,
  ///   ``MoneyError/overflow`` if the result does not fit.
  public func adding(_ other: Money) throws(MoneyError) -> Money {
    try requireSameCurrency(as: other, for: .addition)
    let (result, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: result, currency: currency)
  }

  /// This amount minus `other`.
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ,
  ///   ``MoneyError/overflow`` if the result does not fit.
  public func subtracting(_ other: Money) throws(MoneyError) -> Money {
    try requireSameCurrency(as: other, for: .subtraction)
    let (result, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: result, currency: currency)
  }

  /// This amount times a whole number (`monthly.multiplied(by: 12)`).
  ///
  /// - Throws: ``MoneyError/overflow`` if the result does not fit.
  public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
    let (result, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: result, currency: currency)
  }

  /// The amount with its sign flipped.
  ///
  /// - Throws: ``MoneyError/overflow`` for the one value with no opposite,
  ///   `Int64.min` minor units.
  public func negated() throws(MoneyError) -> Money {
    try Money.zero(currency).subtracting(self)
  }

  /// The amount without its sign.
  ///
  /// - Throws: ``MoneyError/overflow`` for `Int64.min` minor units.
  public func magnitude() throws(MoneyError) -> Money {
    isNegative ? try negated() : self
  }

  /// Whether this amount is less than `other`.
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ:
  ///   £5 and €5 have no order without an exchange rate.
  public func isLess(than other: Money) throws(MoneyError) -> Bool {
    try requireSameCurrency(as: other, for: .comparison)
    return minorUnits < other.minorUnits
  }

  /// Whether this amount is greater than `other`.
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ.
  public func isGreater(than other: Money) throws(MoneyError) -> Bool {
    try other.isLess(than: self)
  }

  /// The smaller of this amount and `other` (this one if they are equal).
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ.
  public func minimum(_ other: Money) throws(MoneyError) -> Money {
    try other.isLess(than: self) ? other : self
  }

  /// The larger of this amount and `other` (this one if they are equal).
  ///
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` if the currencies differ.
  public func maximum(_ other: Money) throws(MoneyError) -> Money {
    try other.isGreater(than: self) ? other : self
  }

  /// The total of `amounts`, all in `currency`; zero for an empty list.
  ///
  /// The total is exact even if a running sum would overflow on the way
  /// (`[max, 1, -1]` sums to `max`); only a total that does not fit throws.
  /// - Throws: ``MoneyError/currencyMismatch(_:_:_:)`` for an amount in another
  ///   currency, ``MoneyError/overflow`` if the total does not fit.
  public static func sum(_ amounts: [Money], currency: Currency) throws(MoneyError) -> Money {
    var total: Int64 = 0
    // Wraps past Int64.max minus wraps past Int64.min: the true total is
    // total + carries × 2^64, which fits only when carries is zero.
    var carries = 0
    for amount in amounts {
      guard amount.currency == currency else {
        throw .currencyMismatch(currency, amount.currency, .addition)
      }
      let (next, overflow) = total.addingReportingOverflow(amount.minorUnits)
      if overflow { carries += amount.minorUnits > 0 ? 1 : -1 }
      total = next
    }
    guard carries == 0 else { throw .overflow }
    return Money(minorUnits: total, currency: currency)
  }

  /// Throws a mismatch unless `other` is in this amount's currency.
  private func requireSameCurrency(
    as other: Money, for operation: MoneyOperation
  ) throws(MoneyError) {
    guard currency == other.currency else {
      throw .currencyMismatch(currency, other.currency, operation)
    }
  }
}
