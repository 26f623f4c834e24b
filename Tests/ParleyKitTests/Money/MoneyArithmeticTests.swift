import Testing

@testable import ParleyKit

@Suite struct MoneyArithmeticTests {
  /// Whether `a + b` fits in Int64, decided without adding them.
  private func additionFits(_ a: Int64, _ b: Int64) -> Bool {
    b >= 0 ? a <= Int64.max - b : a >= Int64.min - b
  }

  @Test func examples() throws {
    #expect(try gbp(120050).adding(gbp(50)) == gbp(120100))
    #expect(try gbp(500).subtracting(gbp(750)) == gbp(-250))
    #expect(try gbp(4999).multiplied(by: 12) == gbp(59988))
    #expect(try gbp(500).negated() == gbp(-500))
    #expect(try gbp(-500).magnitude() == gbp(500))
    #expect(try gbp(499).isLess(than: gbp(500)))
    #expect(try !gbp(500).isLess(than: gbp(500)))
    #expect(try gbp(501).isGreater(than: gbp(500)))
    #expect(try gbp(1).minimum(gbp(2)) == gbp(1))
    #expect(try gbp(1).maximum(gbp(2)) == gbp(2))
  }

  @Test func differentCurrenciesAreRefusedNotConverted() {
    let euros = Money(minorUnits: 500, currency: .eur)
    #expect(throws: MoneyError.currencyMismatch(.gbp, .eur, .addition)) {
      try gbp(500).adding(euros)
    }
    #expect(throws: MoneyError.currencyMismatch(.gbp, .eur, .subtraction)) {
      try gbp(500).subtracting(euros)
    }
    #expect(throws: MoneyError.currencyMismatch(.gbp, .eur, .comparison)) {
      try gbp(500).isLess(than: euros)
    }
    #expect(throws: MoneyError.currencyMismatch(.gbp, .eur, .addition)) {
      try Money.sum([gbp(1), euros], currency: .gbp)
    }
  }

  @Test func overflowThrowsAtTheEdges() {
    #expect(throws: MoneyError.overflow) { try gbp(.max).adding(gbp(1)) }
    #expect(throws: MoneyError.overflow) { try gbp(.min).subtracting(gbp(1)) }
    #expect(throws: MoneyError.overflow) { try gbp(.min).negated() }
    #expect(throws: MoneyError.overflow) { try gbp(.min).magnitude() }
    #expect(throws: MoneyError.overflow) { try gbp(.max / 2 + 1).multiplied(by: 2) }
    #expect(throws: MoneyError.overflow) { try gbp(-1).multiplied(by: .min) }
    #expect(throws: MoneyError.overflow) { try Money.sum([gbp(.max), gbp(1)], currency: .gbp) }
    #expect(throws: MoneyError.overflow) {
      try Money.sum([gbp(.min), gbp(-1), gbp(-1)], currency: .gbp)
    }
  }

  @Test func sumIsExactWhenOnlyTheRunningTotalOverflows() throws {
    #expect(try Money.sum([gbp(.max), gbp(1), gbp(-1)], currency: .gbp) == gbp(.max))
    #expect(try Money.sum([gbp(.min), gbp(-5), gbp(5)], currency: .gbp) == gbp(.min))
    #expect(
      try Money.sum([gbp(.max), gbp(.max), gbp(.min), gbp(.min), gbp(.max)], currency: .gbp)
        == gbp(.max - 2))
    #expect(try Money.sum([], currency: .jpy) == .zero(.jpy))
  }

  @Test func additionLawsOverRandomAmounts() {
    var random = SeededGenerator(seed: 0xADD)
    for _ in 0..<5_000 {
      let currency = Currency.random(using: &random)
      let a = Money.random(in: currency, using: &random)
      let b = Money.random(in: currency, using: &random)
      let fits = additionFits(a.minorUnits, b.minorUnits)
      do {
        let sum = try a.adding(b)
        #expect(fits, "\(a) + \(b) gave \(sum) but cannot fit")
        #expect(try b.adding(a) == sum, "addition must commute")
        #expect(try sum.subtracting(b) == a, "subtracting undoes adding")
        #expect(try Money.sum([a, b], currency: currency) == sum)
      } catch {
        #expect(error == .overflow)
        #expect(!fits, "\(a) + \(b) fits but threw")
        #expect(throws: MoneyError.overflow) { try Money.sum([a, b], currency: currency) }
      }
    }
  }

  @Test func subtractionAndNegationLawsOverRandomAmounts() throws {
    var random = SeededGenerator(seed: 0x5B)
    for _ in 0..<5_000 {
      let currency = Currency.random(using: &random)
      let a = Money.random(in: currency, using: &random)
      let b = Money.random(in: currency, using: &random)
      // a - b fits exactly when a + (-b) fits, and -b fits unless b is min.
      let fits =
        b.minorUnits == .min ? a.minorUnits < 0 : additionFits(a.minorUnits, -b.minorUnits)
      let difference = try? a.subtracting(b)
      #expect((difference != nil) == fits, "\(a) - \(b)")
      if let difference { #expect(try difference.adding(b) == a) }
      if a.minorUnits != .min {
        #expect(try a.negated().negated() == a)
        #expect(try a.negated().adding(a) == .zero(currency))
      }
    }
  }

  @Test func multiplicationMatchesRepeatedAddition() throws {
    var random = SeededGenerator(seed: 0x3)
    for _ in 0..<2_000 {
      let currency = Currency.random(using: &random)
      let a = Money(
        minorUnits: .random(in: -1_000_000...1_000_000, using: &random), currency: currency)
      let factor = Int64.random(in: -20...20, using: &random)
      var expected = Money.zero(currency)
      for _ in 0..<factor.magnitude { expected = try expected.adding(a) }
      if factor < 0 { expected = try expected.negated() }
      #expect(try a.multiplied(by: factor) == expected, "\(a) × \(factor)")
    }
  }
}
