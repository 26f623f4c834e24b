extension Currency {
  /// Whether digits are grouped the Indian way: the last three, then pairs
  /// (`1,00,000` is one lakh), as in India, Pakistan, Nepal and Bangladesh.
  var usesIndianGrouping: Bool { ["INR", "PKR", "NPR", "BDT"].contains(code) }

  /// Whether `groups` (digit runs between grouping marks, most significant
  /// first) are grouped the way this currency writes them.
  ///
  /// Everyone accepts a first group of 1–3 digits followed by groups of 3;
  /// with ``usesIndianGrouping``, a first group of 1–2 digits, then pairs,
  /// then a last group of 3 is also accepted.
  func acceptsGrouping(_ groups: [Int]) -> Bool {
    guard let first = groups.first, let last = groups.last else { return false }
    if (1...3).contains(first), groups.dropFirst().allSatisfy({ $0 == 3 }) { return true }
    guard usesIndianGrouping, groups.count >= 3, last == 3, (1...2).contains(first) else {
      return false
    }
    return groups.dropFirst().dropLast().allSatisfy { $0 == 2 }
  }

  /// Where grouping marks go in a whole number of `count` digits: the
  /// number of digits before each mark, counted from the left.
  func groupBoundaries(digitCount count: Int) -> [Int] {
    guard count > 3 else { return [] }
    let step = usesIndianGrouping ? 2 : 3
    return Array(stride(from: count - 3, to: 0, by: -step).reversed())
  }
}
