import Testing

@testable import ParleyKit

@Suite struct RoundingRuleTests {
  /// The exact quotients in ``RoundingRule``'s documentation table, as fractions.
  private static let tableQuotients: [(Int64, Int64)] = [
    (-5, 2), (-3, 2), (-1, 2), (2, 5), (1, 2), (3, 2), (5, 2), (13, 5),
  ]

  @Test(arguments: [
    (RoundingRule.down, [-3, -2, -1, 0, 0, 1, 2, 2] as [Int64]),
    (.up, [-2, -1, 0, 1, 1, 2, 3, 3]),
    (.towardZero, [-2, -1, 0, 0, 0, 1, 2, 2]),
    (.awayFromZero, [-3, -2, -1, 1, 1, 2, 3, 3]),
    (.toNearestOrEven, [-2, -2, 0, 0, 0, 2, 2, 3]),
    (.toNearestOrAwayFromZero, [-3, -2, -1, 0, 1, 2, 3, 3]),
  ])
  func matchesTheDocumentedTable(rule: RoundingRule, expected: [Int64]) throws {
    let results = try Self.tableQuotients.map { numerator, denominator in
      try gbp(numerator).divided(by: denominator, rounding: rule).minorUnits
    }
    #expect(results == expected)
    // The same quotients with both signs flipped must round the same way.
    let flipped = try Self.tableQuotients.map { numerator, denominator in
      try gbp(-numerator).divided(by: -denominator, rounding: rule).minorUnits
    }
    #expect(flipped == expected)
  }

  /// Checks the division rule for `a / b = q`: with r = a - q·b, the
  /// fraction r/b that was dropped lies where `rule` says it must.
  private func checkDivisionRule(
    _ a: Int64, _ b: Int64, _ q: Int64, _ rule: RoundingRule,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let r = a - q * b
    let dropped = r.signum() * b.signum()  // sign of r/b
    let twiceR = 2 * r.magnitude
    let ok: Bool =
      switch rule {
      case .down: dropped >= 0
      case .up: dropped <= 0
      case .towardZero: r == 0 || r.signum() == a.signum()
      case .awayFromZero: r == 0 || r.signum() == -a.signum()
      case .toNearestOrEven:
        twiceR < b.magnitude || (twiceR == b.magnitude && q % 2 == 0)
      case .toNearestOrAwayFromZero:
        twiceR < b.magnitude || (twiceR == b.magnitude && r.signum() == -a.signum())
      }
    #expect(
      r.magnitude < b.magnitude && ok,
      "\(a).divided(by: \(b), rounding: .\(rule)) failed the division rule: q = \(q), r = \(r)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: RoundingRule.allCases)
  func divisionRuleHoldsOverRandomValues(rule: RoundingRule) throws {
    var random = SeededGenerator(seed: 0xD1F)
    for _ in 0..<4_000 {
      let a = Int64.random(in: -(1 << 40)...(1 << 40), using: &random)
      var b = Int64.random(in: -(1 << 20)...(1 << 20), using: &random)
      if b == 0 { b = 7 }
      let q = try gbp(a).divided(by: b, rounding: rule).minorUnits
      checkDivisionRule(a, b, q, rule)
    }
    for a in Int64(-12)...12 {
      for b in Int64(-5)...5 where b != 0 {
        checkDivisionRule(a, b, try gbp(a).divided(by: b, rounding: rule).minorUnits, rule)
      }
    }
  }

  @Test func scalingHoldsTheProductInFullWidth() throws {
    // Int64.max × 3 overflows 64 bits, yet the result of × 3 / 3 fits.
    #expect(try gbp(.max).multiplied(by: 3, dividedBy: 3, rounding: .down) == gbp(.max))
    #expect(try gbp(.min).multiplied(by: 5, dividedBy: 5, rounding: .up) == gbp(.min))
    #expect(try gbp(.max).multiplied(by: -1, dividedBy: 1, rounding: .down) == gbp(-.max))
    // 8% a year for 30 days on £1,234.56 is 811.76…p, so £8.12.
    let interest = try gbp(123_456).multiplied(
      by: 8 * 30, dividedBy: 100 * 365, rounding: .toNearestOrEven)
    #expect(interest == gbp(812))
  }

  @Test func scalingMatchesMultiplyThenDivideWhereTheProductFits() throws {
    var random = SeededGenerator(seed: 0x5CA1E)
    for _ in 0..<4_000 {
      let a = Int64.random(in: -(1 << 40)...(1 << 40), using: &random)
      let numerator = Int64.random(in: -(1 << 20)...(1 << 20), using: &random)
      var denominator = Int64.random(in: -(1 << 20)...(1 << 20), using: &random)
      if denominator == 0 { denominator = -3 }
      let rule = RoundingRule.allCases[Int.random(in: 0..<6, using: &random)]
      let direct = try gbp(a).multiplied(by: numerator, dividedBy: denominator, rounding: rule)
      let stepwise = try gbp(a * numerator).divided(by: denominator, rounding: rule)
      #expect(direct == stepwise, "\(a) × \(numerator) / \(denominator), .\(rule)")
    }
  }

  @Test func refusesDivisionByZeroAndResultsThatDoNotFit() {
    #expect(throws: MoneyError.divisionByZero) { try gbp(5).divided(by: 0, rounding: .down) }
    #expect(throws: MoneyError.overflow) { try gbp(.min).divided(by: -1, rounding: .down) }
    #expect(throws: MoneyError.overflow) {
      try gbp(.max).multiplied(by: 2, dividedBy: 1, rounding: .down)
    }
    #expect(throws: MoneyError.overflow) {
      // 1.5 × Int64.max does not fit, though the 128-bit product is fine.
      try gbp(.max).multiplied(by: 3, dividedBy: 2, rounding: .down)
    }
  }
}
