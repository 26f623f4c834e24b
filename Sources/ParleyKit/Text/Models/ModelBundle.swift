/// The trained models parley ships with, by name, and what they were trained on.
public struct ModelBundle: Sendable {
  /// The models, by ``LinearModel/name``.
  public let models: [String: LinearModel]
  /// A digest of the corpora and settings the models were trained from.
  public let trainingDigest: String
  /// Named numbers chosen with the models, such as thresholds that combine them.
  public let parameters: [String: Float]

  /// A bundle of `models` trained from data with `trainingDigest`.
  public init(
    models: [LinearModel], trainingDigest: String, parameters: [String: Float] = [:]
  ) {
    self.models = Dictionary(models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    self.trainingDigest = trainingDigest
    self.parameters = parameters
  }

  /// The model named `name`, if the bundle has it.
  public subscript(name: String) -> LinearModel? { models[name] }
}
