/// The settings a training run uses; kept with the corpora, so a run is
/// reproducible from the repository alone.
public struct TrainingSettings: Codable, Hashable, Sendable {
  /// Feature bits of the tone sentence and draft models.
  public var toneBits: Int
  /// Feature bits of the tone category model.
  public var categoryBits: Int
  /// Feature bits of the reply model.
  public var replyBits: Int
  /// Feature bits of the intent model; nil in older settings files (13).
  public var intentBits: Int?
  /// The sentence probability at which a sentence is flagged (chosen by cross-validation).
  public var sentenceThreshold: Float
  /// The draft probability at which a draft is flagged (chosen by cross-validation).
  public var draftThreshold: Float
  /// The sentence probability at which the model supports a rule's finding
  /// (chosen by cross-validation); under it, the finding is only a note.
  public var ruleSupportThreshold: Float
  /// Passes over the data.
  public var epochs: Int
  /// The seed for the order of examples.
  public var seed: UInt64

  /// The settings parley's models are trained with, before thresholds are tuned.
  public static let standard = TrainingSettings(
    toneBits: 17, categoryBits: 15, replyBits: 16, sentenceThreshold: 0.5, draftThreshold: 0.5,
    ruleSupportThreshold: 0.5, epochs: 12, seed: 2026)

  /// The trainer these settings describe.
  public var trainer: LinearTrainer { LinearTrainer(epochs: epochs, seed: seed) }
}
