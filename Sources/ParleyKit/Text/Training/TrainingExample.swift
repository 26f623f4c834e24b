/// One labelled piece of text, as features, for training.
public struct TrainingExample: Sendable {
  /// The text's features.
  public let features: FeatureVector
  /// The label's index: 0 or 1 for a binary model, else the class.
  public let label: Int
  /// How much the example counts (class balancing).
  public let weight: Float

  /// An example of `label` with `features`.
  public init(features: FeatureVector, label: Int, weight: Float = 1) {
    self.features = features
    self.label = label
    self.weight = weight
  }
}
