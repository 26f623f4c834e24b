/// How a division that does not come out exactly picks a whole number of minor units.
///
/// Money never divides with `/`: every division names its rule, so a reader
/// sees where a fraction of a penny went. The table shows each rule applied to
/// exact quotients (in minor units):
///
/// | exact quotient            | -2.5 | -1.5 | -0.5 | 0.4 | 0.5 | 1.5 | 2.5 | 2.6 |
/// |---------------------------|------|------|------|-----|-----|-----|-----|-----|
/// | `.down`                   |  -3  |  -2  |  -1  |  0  |  0  |  1  |  2  |  2  |
/// | `.up`                     |  -2  |  -1  |   0  |  1  |  1  |  2  |  3  |  3  |
/// | `.towardZero`             |  -2  |  -1  |   0  |  0  |  0  |  1  |  2  |  2  |
/// | `.awayFromZero`           |  -3  |  -2  |  -1  |  1  |  1  |  2  |  3  |  3  |
/// | `.toNearestOrEven`        |  -2  |  -2  |   0  |  0  |  0  |  2  |  2  |  3  |
/// | `.toNearestOrAwayFromZero`|  -3  |  -2  |  -1  |  0  |  1  |  2  |  3  |  3  |
///
/// `.toNearestOrEven` (banker's rounding) has no bias over many roundings, so
/// it suits interest; `.down` never charges a debtor a part-penny too much.
public enum RoundingRule: Hashable, Sendable, CaseIterable {
  /// Toward negative infinity (floor).
  case down
  /// Toward positive infinity (ceiling).
  case up
  /// Toward zero (truncation, what `/` does on integers).
  case towardZero
  /// Away from zero.
  case awayFromZero
  /// To the nearest whole unit; a tie goes to the even one.
  case toNearestOrEven
  /// To the nearest whole unit; a tie goes away from zero ("round half up").
  case toNearestOrAwayFromZero
}
