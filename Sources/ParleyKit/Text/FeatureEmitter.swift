/// Receives the features a ``FeatureHasher`` finds, one at a time.
///
/// The hasher is generic over its emitter, so the fast path (indices only) and
/// the explaining path (indices with the n-gram that made them) share one walk.
public protocol FeatureEmitter {
  /// Takes a feature's hashed index; `folded[range]` is the n-gram it came from.
  mutating func emit(_ index: Int32, folded: UnsafeBufferPointer<UInt8>, range: Range<Int>)
}

/// Collects feature indices only.
public struct IndexCollector: FeatureEmitter {
  /// The indices, in the order they were found.
  public var indices: [Int32] = []

  /// An empty collector.
  public init() {}

  public mutating func emit(_ index: Int32, folded: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    indices.append(index)
  }
}

/// Collects feature indices with the folded n-gram behind each, for explanations.
public struct NGramCollector: FeatureEmitter {
  /// Each feature's index, its n-gram as folded text, and whether the n-gram is
  /// whole words (a person can read it), not a piece of one.
  public var features: [(index: Int32, range: Range<Int>, isWholeWords: Bool)] = []
  /// The folded text the ranges refer to.
  public var folded: [UInt8] = []

  /// An empty collector.
  public init() {}

  public mutating func emit(_ index: Int32, folded: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    let startsWord =
      FeatureHasher.isWordByte(folded[range.lowerBound])
      && (range.lowerBound == 0 || !FeatureHasher.isWordByte(folded[range.lowerBound - 1]))
    let endsWord =
      FeatureHasher.isWordByte(folded[range.upperBound - 1])
      && (range.upperBound == folded.count || !FeatureHasher.isWordByte(folded[range.upperBound]))
    if self.folded.isEmpty { self.folded = Array(folded) }
    features.append((index, range, startsWord && endsWord))
  }
}
