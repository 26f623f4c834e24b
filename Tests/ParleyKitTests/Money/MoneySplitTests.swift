import Testing

@testable import ParleyKit

@Suite struct MoneySplitTests {
  @Test(arguments: [
    (RemainderPlacement.last, [166, 166, 166, 166, 166, 170] as [Int64]),
    (.first, [170, 166, 166, 166, 166, 166]),
    (.spreadFromFirst, [167, 167, 167, 167, 166, 166]),
    (.spreadFromLast, [166, 166, 167, 167, 167, 167]),
  ])
  func matchesTheDocumentedTable(placement: RemainderPlacement, expected: [Int64]) throws {
    let parts = try gbp(1000).split(into: 6, remainder: placement)
    #expect(parts == expected.map(gbp))
    let negative = try gbp(-1000).split(into: 6, remainder: placement)
    #expect(negative == expected.map { gbp(-$0) })
  }

  @Test func defaultPutsTheRemainderLast() throws {
    #expect(try gbp(1000).split(into: 3) == [gbp(333), gbp(333), gbp(334)])
    #expect(try gbp(5).split(into: 1) == [gbp(5)])
    #expect(try gbp(2).split(into: 5) == [gbp(0), gbp(0), gbp(0), gbp(0), gbp(2)])
    let yen = Money(minorUnits: 10_000, currency: .jpy)
    #expect(try yen.split(into: 3).map(\.minorUnits) == [3333, 3333, 3334])
  }

  @Test func refusesNoPartsAndTooMany() throws {
    #expect(throws: MoneyError.invalidPartCount(0)) { try gbp(100).split(into: 0) }
    #expect(throws: MoneyError.invalidPartCount(-3)) { try gbp(100).split(into: -3) }
    #expect(throws: MoneyError.tooManyParts(10_001, maximum: 10_000)) {
      try gbp(100).split(into: 10_001)
    }
    #expect(throws: MoneyError.tooManyParts(.max, maximum: 10_000)) {
      try gbp(100).split(into: .max)
    }
    #expect(try gbp(100).split(into: 10_000).count == 10_000)
  }

  @Test func extremesSplitWithoutOverflow() throws {
    for total in [Int64.max, .min, .min + 1] {
      for placement in RemainderPlacement.allCases {
        let parts = try gbp(total).split(into: 7, remainder: placement)
        #expect(try Money.sum(parts, currency: .gbp) == gbp(total))
      }
    }
  }

  /// Checks every law of an equal split of `total` by `placement`.
  private func checkEqualSplit(
    _ total: Money, _ count: Int, _ placement: RemainderPlacement,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let parts = try total.split(into: count, remainder: placement)
    let units = parts.map(\.minorUnits)
    let context = "\(total) into \(count), .\(placement): \(units)"
    #expect(parts.count == count, "\(context)", sourceLocation: sourceLocation)
    #expect(parts.allSatisfy { $0.currency == total.currency }, sourceLocation: sourceLocation)
    #expect(
      try Money.sum(parts, currency: total.currency) == total, "sum: \(context)",
      sourceLocation: sourceLocation)
    // The truncated share, computed independently of the implementation.
    let share = total.minorUnits / Int64(count)
    let extra = total.minorUnits.signum()
    let leftover = total.minorUnits - share * Int64(count)
    let k = Int(leftover.magnitude)
    let expected: [Int64]
    switch placement {
    case .last:
      expected = Array(repeating: share, count: count - 1) + [share + leftover]
    case .first:
      expected = [share + leftover] + Array(repeating: share, count: count - 1)
    case .spreadFromFirst:
      expected =
        Array(repeating: share + extra, count: k) + Array(repeating: share, count: count - k)
    case .spreadFromLast:
      expected =
        Array(repeating: share, count: count - k) + Array(repeating: share + extra, count: k)
    }
    #expect(units == expected, "placement: \(context)", sourceLocation: sourceLocation)
    // Parts differ by at most the documented amount.
    if let low = units.min(), let high = units.max() {
      let bound: UInt64 =
        placement == .first || placement == .last ? UInt64(count - 1) : 1
      #expect(
        UInt64(high - low) <= bound, "spread: \(context)", sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: RemainderPlacement.allCases)
  func equalSplitLawsOverRandomAmounts(placement: RemainderPlacement) throws {
    var random = SeededGenerator(seed: 0x5917)
    for _ in 0..<2_500 {
      let total = Money.random(using: &random)
      let count = Int.random(in: 1...(Bool.random(using: &random) ? 12 : 400), using: &random)
      try checkEqualSplit(total, count, placement)
    }
  }

  @Test func proportionalExamples() throws {
    #expect(
      try gbp(100_000).split(proportionally: [1, 1, 2]) == [gbp(25_000), gbp(25_000), gbp(50_000)])
    #expect(try gbp(1000).split(proportionally: [1, 1, 1]) == [gbp(333), gbp(333), gbp(334)])
    #expect(
      try gbp(1000).split(proportionally: [1, 1, 1], remainder: .first)
        == [gbp(334), gbp(333), gbp(333)])
    // A zero weight gets exactly zero, even where the remainder would have gone.
    #expect(
      try gbp(1000).split(proportionally: [1, 1, 1, 0]) == [gbp(333), gbp(333), gbp(334), gbp(0)])
    #expect(
      try gbp(1000).split(proportionally: [0, 1, 1, 1], remainder: .first)
        == [gbp(0), gbp(334), gbp(333), gbp(333)])
    #expect(try gbp(-1000).split(proportionally: [1, 2]) == [gbp(-333), gbp(-667)])
    #expect(
      try gbp(.max).split(proportionally: [1, Int.max - 1]).map(\.minorUnits) == [1, .max - 1])
  }

  @Test func proportionalRefusals() {
    #expect(throws: MoneyError.invalidPartCount(0)) { try gbp(1).split(proportionally: []) }
    #expect(throws: MoneyError.negativeShare(-1)) { try gbp(1).split(proportionally: [2, -1]) }
    #expect(throws: MoneyError.sharesSumToZero) { try gbp(1).split(proportionally: [0, 0]) }
    #expect(throws: MoneyError.sharesTooLarge) {
      try gbp(1).split(proportionally: [Int.max, 1])
    }
  }

  @Test(arguments: RemainderPlacement.allCases)
  func proportionalSplitLawsOverRandomAmounts(placement: RemainderPlacement) throws {
    var random = SeededGenerator(seed: 0x960)
    for _ in 0..<2_000 {
      // Small enough that total × weight fits in Int64 for the reference.
      let currency = Currency.random(using: &random)
      let total = Money(
        minorUnits: .random(in: -(1 << 31)...(1 << 31), using: &random), currency: currency)
      let weights = (0..<Int.random(in: 1...10, using: &random)).map { _ in
        Bool.random(using: &random) ? 0 : Int.random(in: 1...1000, using: &random)
      }
      guard weights.contains(where: { $0 > 0 }) else { continue }
      let parts = try total.split(proportionally: weights, remainder: placement)
      let context = "\(total) by \(weights), .\(placement): \(parts.map(\.minorUnits))"
      #expect(parts.count == weights.count, "\(context)")
      #expect(try Money.sum(parts, currency: currency) == total, "sum: \(context)")
      let weightTotal = Int64(weights.reduce(0, +))
      let eligible = weights.indices.filter { weights[$0] > 0 }
      var extras: [Int64] = []
      for (index, weight) in weights.enumerated() {
        let share = total.minorUnits * Int64(weight) / weightTotal
        let extra = parts[index].minorUnits - share
        if weight == 0 { #expect(parts[index].minorUnits == 0, "zero weight: \(context)") }
        if eligible.contains(index) { extras.append(extra) } else { #expect(extra == 0) }
      }
      // Leftovers go only where the placement says, and only to positive weights.
      let leftover = extras.reduce(0, +)
      #expect(leftover.magnitude < UInt64(eligible.count), "leftover: \(context)")
      let nonzero = extras.indices.filter { extras[$0] != 0 }
      switch placement {
      case .last: #expect(nonzero.allSatisfy { $0 == extras.count - 1 }, "\(context)")
      case .first: #expect(nonzero.allSatisfy { $0 == 0 }, "\(context)")
      case .spreadFromFirst:
        #expect(nonzero == Array(0..<nonzero.count), "\(context)")
        #expect(extras.allSatisfy { $0.magnitude <= 1 }, "\(context)")
      case .spreadFromLast:
        #expect(nonzero == Array((extras.count - nonzero.count)..<extras.count), "\(context)")
        #expect(extras.allSatisfy { $0.magnitude <= 1 }, "\(context)")
      }
    }
  }
}
