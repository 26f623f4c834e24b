/// A trained linear model over hashed text features: logistic regression for
/// one label, or multinomial (softmax) regression for several.
///
/// Weights are stored feature by feature, each with one weight per label, so
/// scoring reads one short run of memory per feature.
public struct LinearModel: Sendable {
  /// The model's name in the bundle (`tone.sentence`).
  public let name: String
  /// The labels: one for a binary model (its positive label), else one per class.
  public let labels: [String]
  /// How text becomes features, as in training.
  public let hasher: FeatureHasher
  /// One bias per label.
  public let biases: [Float]
  /// `hasher.dimension × labels.count` weights, feature by feature.
  public let weights: [Float]
  /// The probability at or above which a binary model says yes.
  public let threshold: Float

  /// A model from its parts; `weights` must hold `dimension × labels.count` values.
  public init(
    name: String, labels: [String], hasher: FeatureHasher, biases: [Float], weights: [Float],
    threshold: Float = 0.5
  ) {
    precondition(!labels.isEmpty && biases.count == labels.count)
    precondition(weights.count == hasher.dimension * labels.count)
    self.name = name
    self.labels = labels
    self.hasher = hasher
    self.biases = biases
    self.weights = weights
    self.threshold = threshold
  }

  /// Whether the model has one label and says yes or no to it.
  public var isBinary: Bool { labels.count == 1 }

  /// The raw score of each label for `features`.
  public func scores(_ features: FeatureVector) -> [Float] {
    var sums = [Float](repeating: 0, count: labels.count)
    accumulate(features.ngrams, into: &sums)
    return finish(sums, ngramCount: features.ngrams.count, form: features.form)
  }

  /// Adds the weights of `ngrams` to `sums`, unscaled; ``finish(_:ngramCount:form:)`` scales.
  public func accumulate(_ ngrams: [Int32], into sums: inout [Float]) {
    let width = labels.count
    // Masking keeps a vector made with another hasher in bounds (it would only score wrong).
    let mask = hasher.dimension - 1
    weights.withUnsafeBufferPointer { weights in
      if width == 1 {
        var sum: Float = 0
        for index in ngrams { sum += weights[Int(index) & mask] }
        sums[0] += sum
      } else {
        for index in ngrams {
          let base = (Int(index) & mask) * width
          for label in 0..<width { sums[label] += weights[base + label] }
        }
      }
    }
  }

  /// Scales summed n-gram weights by `1/√ngramCount`, then adds the biases and the form features.
  public func finish(_ sums: [Float], ngramCount: Int, form: [Int32]) -> [Float] {
    let width = labels.count
    let scale = ngramCount == 0 ? 0 : 1 / Float(ngramCount).squareRoot()
    var scores = (0..<width).map { biases[$0] + sums[$0] * scale }
    let mask = hasher.dimension - 1
    for index in form {
      for label in 0..<width { scores[label] += weights[(Int(index) & mask) * width + label] }
    }
    return scores
  }

  /// A binary model's score from its summed, unscaled n-gram weights and its
  /// features of form: what ``finish(_:ngramCount:form:)`` gives, without arrays.
  @inline(__always)
  func score(ngramSum: Float, ngramCount: Int, form: [Int32]) -> Float {
    let scale = ngramCount == 0 ? 0 : 1 / Float(ngramCount).squareRoot()
    var score = biases[0] + ngramSum * scale
    let mask = hasher.dimension - 1
    for index in form { score += weights[Int(index) & mask] }
    return score
  }

  /// The probability of each label: the logistic of the score for a binary
  /// model, the softmax of the scores otherwise.
  public func probabilities(fromScores scores: [Float]) -> [Float] {
    Self.probabilities(ofScores: scores)
  }

  /// The logistic of one score, or the softmax of several.
  public static func probabilities(ofScores scores: [Float]) -> [Float] {
    if scores.count == 1 { return [Self.logistic(scores[0])] }
    let top = scores.max() ?? 0
    let exponentials = scores.map { Self.exp($0 - top) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
  }

  /// The probability of each label for `features`.
  public func probabilities(_ features: FeatureVector) -> [Float] {
    probabilities(fromScores: scores(features))
  }

  /// The weight of `feature` for `label`.
  public func weight(_ feature: Int32, label: Int = 0) -> Float {
    weights[Int(feature) * labels.count + label]
  }

  /// The logistic function, safe at the extremes.
  public static func logistic(_ score: Float) -> Float {
    if score >= 0 { return 1 / (1 + exp(-score)) }
    let power = exp(score)
    return power / (1 + power)
  }

  /// `e^x` without Foundation, accurate to well under a part in a million on
  /// the range a probability needs.
  static func exp(_ value: Float) -> Float {
    let clamped = Double(min(max(value, -80), 80))
    // e^x = 2^k · e^r with |r| ≤ ln2/2, then a short Taylor series for e^r.
    let ln2 = 0.693_147_180_559_945_3
    let k = (clamped / ln2).rounded()
    let r = clamped - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...12 {
      term *= r / Double(n)
      sum += term
    }
    return Float(sum * pow2(Int(k)))
  }

  private static func pow2(_ exponent: Int) -> Double {
    Double(sign: .plus, exponent: exponent, significand: 1)
  }
}
