/// Trains a ``LinearModel`` by stochastic gradient descent with AdaGrad steps
/// and L2 regularisation, in a seeded order, so the same data always gives the
/// same weights.
///
/// A binary model minimises logistic loss; a model with several labels,
/// softmax cross-entropy.
public struct LinearTrainer: Sendable {
  /// Passes over the data.
  public var epochs: Int
  /// AdaGrad's base step.
  public var learningRate: Float
  /// L2 penalty, applied to the weights an example touches.
  public var l2: Float
  /// The seed for the order of examples.
  public var seed: UInt64

  /// A trainer with the settings parley's models use.
  public init(epochs: Int = 12, learningRate: Float = 0.3, l2: Float = 1e-5, seed: UInt64 = 2026) {
    self.epochs = epochs
    self.learningRate = learningRate
    self.l2 = l2
    self.seed = seed
  }

  /// Trains a model named `name` on `examples`.
  ///
  /// - Parameters:
  ///   - labels: One positive label for a binary model, else every class.
  ///   - hasher: The hasher the examples' features were made with.
  ///   - threshold: The yes-threshold a binary model will carry.
  public func train(
    _ examples: [TrainingExample], name: String, labels: [String], hasher: FeatureHasher,
    threshold: Float = 0.5
  ) -> LinearModel {
    let width = labels.count
    var weights = [Float](repeating: 0, count: hasher.dimension * width)
    var squares = [Float](repeating: 0, count: hasher.dimension * width)
    var biases = [Float](repeating: 0, count: width)
    var biasSquares = [Float](repeating: 0, count: width)
    var order = Array(examples.indices)
    var generator = SplitMix64(seed: seed)
    var scores = [Float](repeating: 0, count: width)
    var gradient = [Float](repeating: 0, count: width)
    for _ in 0..<epochs {
      order.shuffle(using: &generator)
      for position in order {
        let example = examples[position]
        let entries = example.features.entries
        for label in 0..<width { scores[label] = biases[label] }
        for (index, value) in entries {
          let base = Int(index) * width
          for label in 0..<width { scores[label] += weights[base + label] * value }
        }
        let probabilities = LinearModel.probabilities(ofScores: scores)
        for label in 0..<width {
          let target: Float =
            width == 1 ? Float(example.label) : (example.label == label ? 1 : 0)
          gradient[label] = (probabilities[label] - target) * example.weight
          biasSquares[label] += gradient[label] * gradient[label]
          biases[label] -= learningRate * gradient[label] / (biasSquares[label] + 1e-8).squareRoot()
        }
        for (index, value) in entries {
          let base = Int(index) * width
          for label in 0..<width {
            let slot = base + label
            let step = gradient[label] * value + l2 * weights[slot]
            squares[slot] += step * step
            weights[slot] -= learningRate * step / (squares[slot] + 1e-8).squareRoot()
          }
        }
      }
    }
    return LinearModel(
      name: name, labels: labels, hasher: hasher, biases: biases, weights: weights,
      threshold: threshold)
  }
}
