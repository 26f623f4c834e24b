/// Ranges in text order that do not overlap (sentences, say), searched by
/// binary search, so matching findings to sentences stays fast on long texts.
public struct SortedSegments: Sendable {
  /// The ranges, in order.
  public let ranges: [Range<Int>]

  /// Segments from `ranges`, which must be in order and must not overlap.
  public init(_ ranges: [Range<Int>]) {
    self.ranges = ranges
  }

  /// The indices of the ranges that overlap `range`.
  public func overlapping(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < ranges.count, ranges[end].lowerBound < range.upperBound { end += 1 }
    return low..<end
  }

  /// Whether any range overlaps `range`.
  public func overlapsAny(_ range: Range<Int>) -> Bool {
    !overlapping(range).isEmpty
  }
}
