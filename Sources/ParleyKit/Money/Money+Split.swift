extension Money {
  /// The most parts ``split(into:remainder:)`` makes: far more than any
  /// payment plan needs, and small enough that a typo cannot exhaust memory.
  public static let maximumSplitParts = 10_000

  /// Splits this amount into `parts` amounts that add back up to it exactly.
  ///
  /// Each part gets the total divided by `parts`, rounded toward zero; the
  /// leftover minor units go where `remainder` says (see ``RemainderPlacement``).
  ///
  ///     try Money(minorUnits: 1000, currency: .gbp).split(into: 3)
  ///     // [£3.33, £3.33, £3.34]
  ///
  /// - Parameters:
  ///   - parts: How many parts; 1 to ``maximumSplitParts``.
  ///   - remainder: Where leftover minor units go; the last part by default.
  /// - Returns: `parts` amounts in this currency whose sum is this amount.
  /// - Throws: ``MoneyError/invalidPartCount(_:)`` if `parts < 1`,
  ///   ``MoneyError/tooManyParts(_:maximum:)`` if above ``maximumSplitParts``.
  /// - Complexity: O(`parts`).
  public func split(
    into parts: Int, remainder: RemainderPlacement = .last
  ) throws(MoneyError) -> [Money] {
    guard parts >= 1 else { throw .invalidPartCount(parts) }
    guard parts <= Money.maximumSplitParts else {
      throw .tooManyParts(parts, maximum: Money.maximumSplitParts)
    }
    let count = Int64(parts)
    // parts >= 1, so neither division can overflow.
    let share = minorUnits / count
    let leftover = minorUnits % count
    var units = [Int64](repeating: share, count: parts)
    Money.place(leftover, into: &units, at: Array(units.indices), by: remainder)
    return units.map { Money(minorUnits: $0, currency: currency) }
  }

  /// Splits this amount in proportion to `weights`, exactly.
  ///
  /// Part *i* gets `total × weights[i] / sum(weights)` rounded toward zero;
  /// the leftover minor units go where `remainder` says, but only to parts
  /// with a positive weight, so a zero weight always gets exactly zero. A
  /// graduated plan of 1:1:2 on £1,000.00 is £250.00, £250.00, £500.00.
  ///
  /// - Parameters:
  ///   - weights: One non-negative weight per part; at least one positive.
  ///   - remainder: Where leftover minor units go; the last part by default.
  /// - Returns: One amount per weight, summing to this amount.
  /// - Throws: ``MoneyError/invalidPartCount(_:)`` for no weights,
  ///   ``MoneyError/negativeShare(_:)``, ``MoneyError/sharesSumToZero`` or
  ///   ``MoneyError/sharesTooLarge`` for weights that cannot be used.
  /// - Complexity: O(`weights.count`).
  public func split(
    proportionally weights: [Int], remainder: RemainderPlacement = .last
  ) throws(MoneyError) -> [Money] {
    guard !weights.isEmpty else { throw .invalidPartCount(0) }
    var total = 0
    for weight in weights {
      guard weight >= 0 else { throw .negativeShare(weight) }
      let (next, overflow) = total.addingReportingOverflow(weight)
      guard !overflow else { throw .sharesTooLarge }
      total = next
    }
    guard total > 0 else { throw .sharesSumToZero }

    let magnitude = minorUnits.magnitude
    var units: [Int64] = []
    units.reserveCapacity(weights.count)
    var allocated: Int64 = 0
    for weight in weights {
      // weight <= total, so the quotient is at most |minorUnits| and fits.
      let product = magnitude.multipliedFullWidth(by: UInt64(weight))
      let share =
        RoundingRule.towardZero.divide(
          product, by: UInt64(total), isNegative: minorUnits < 0) ?? 0
      units.append(share)
      allocated += share
    }
    // Every share has the total's sign and they add up to at most its
    // magnitude, so neither sum above nor this difference can overflow.
    let leftover = minorUnits - allocated
    let eligible = weights.indices.filter { weights[$0] > 0 }
    Money.place(leftover, into: &units, at: eligible, by: remainder)
    return units.map { Money(minorUnits: $0, currency: currency) }
  }

  /// Adds `leftover` to `units` at the `eligible` indices by `placement`.
  ///
  /// For the spreads, `|leftover|` must be at most `eligible.count`.
  private static func place(
    _ leftover: Int64, into units: inout [Int64], at eligible: [Int],
    by placement: RemainderPlacement
  ) {
    guard leftover != 0, let firstIndex = eligible.first, let lastIndex = eligible.last
    else { return }
    let step: Int64 = leftover > 0 ? 1 : -1
    let count = Int(leftover.magnitude)
    switch placement {
    case .last: units[lastIndex] += leftover
    case .first: units[firstIndex] += leftover
    case .spreadFromFirst:
      for index in eligible.prefix(count) { units[index] += step }
    case .spreadFromLast:
      for index in eligible.suffix(count) { units[index] += step }
    }
  }
}
