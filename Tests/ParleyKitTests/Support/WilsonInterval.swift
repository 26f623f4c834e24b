/// A 95% confidence interval for a proportion (Wilson score interval), for
/// reporting measured figures honestly.
struct WilsonInterval {
  let successes: Int
  let trials: Int

  var proportion: Double { trials == 0 ? 0 : Double(successes) / Double(trials) }

  /// The interval's ends, within 0...1.
  var bounds: ClosedRange<Double> {
    guard trials > 0 else { return 0...1 }
    let z = 1.959_963_984_540_054
    let n = Double(trials)
    let p = proportion
    let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
    return max(0, centre - half)...min(1, centre + half)
  }

  /// `0.912 [0.87, 0.94] (52/57)`.
  var summary: String {
    "\(Self.format(proportion)) [\(Self.format(bounds.lowerBound)), "
      + "\(Self.format(bounds.upperBound))] (\(successes)/\(trials))"
  }

  private static func format(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let digits = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - digits.count))\(digits)"
  }
}
