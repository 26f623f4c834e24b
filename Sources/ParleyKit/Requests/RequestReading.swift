/// A line of plain words read: what it most likely asks for, how sure the
/// model is, the runner-up, and the details the text gives.
public struct RequestReading: Hashable, Sendable {
  /// The line as typed.
  public let text: String
  /// The most likely intent.
  public let intent: RequestIntent
  /// The model's probability for ``intent``.
  public let confidence: Float
  /// The second most likely intent.
  public let alternative: RequestIntent
  /// The first amount in the text, in the case's currency unless it says otherwise.
  public let amount: Money?
  /// The first day the text names, past days included (`this morning`, `Friday`).
  public let day: Day?

  /// The probability at or above which parley acts on the reading (after the
  /// user confirms); under it, it asks which of the top two was meant.
  public static let sureThreshold: Float = 0.45

  /// Whether the model is sure enough to propose ``intent`` alone.
  public var isSure: Bool { confidence >= Self.sureThreshold }
}
