/// Where the leftover minor units go when an amount is split into parts.
///
/// A split always gives parts that add back up to the total *exactly*. When the
/// total does not divide evenly, each part first gets its rounded-toward-zero
/// share, and the few minor units left over (fewer than the number of parts)
/// are placed by this rule. £10.00 into 6 parts (1000p = 6 × 166p + 4p):
///
/// | placement          | parts                                      |
/// |--------------------|--------------------------------------------|
/// | `.last`            | 1.66, 1.66, 1.66, 1.66, 1.66, **1.70**     |
/// | `.first`           | **1.70**, 1.66, 1.66, 1.66, 1.66, 1.66     |
/// | `.spreadFromFirst` | **1.67**, **1.67**, **1.67**, **1.67**, 1.66, 1.66 |
/// | `.spreadFromLast`  | 1.66, 1.66, **1.67**, **1.67**, **1.67**, **1.67** |
///
/// With `.first` or `.last`, one part differs from the others by the whole
/// leftover (at most parts − 1 minor units); with a spread, parts differ by at
/// most one minor unit. A negative total splits as the mirror image of its
/// magnitude: the leftover is negative and is placed the same way. In a
/// proportional split, only parts with a positive share receive leftovers.
public enum RemainderPlacement: Hashable, Sendable, CaseIterable {
  /// The last part absorbs the whole leftover (the default).
  case last
  /// The first part absorbs the whole leftover.
  case first
  /// One extra minor unit to each of the first k parts, for a leftover of k.
  case spreadFromFirst
  /// One extra minor unit to each of the last k parts, for a leftover of k.
  case spreadFromLast
}
