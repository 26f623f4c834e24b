/// Sums two binary models' weights for each feature a ``FeatureHasher`` finds,
/// from one table holding both side by side: the fast path of scoring, with no
/// feature list in between.
struct PairedWeightSummer: FeatureEmitter {
  /// `2 × dimension` weights: the first model's and the second's, feature by feature.
  let weights: UnsafeBufferPointer<Float>
  /// The first model's sum.
  var first: Float = 0
  /// The second model's sum.
  var second: Float = 0
  /// How many features were summed.
  var count = 0

  init(weights: UnsafeBufferPointer<Float>) {
    self.weights = weights
  }

  @inline(__always)
  mutating func emit(_ index: Int32, folded: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    let base = Int(index) &* 2
    first += weights[base]
    second += weights[base &+ 1]
    count &+= 1
  }
}
