/// What mediation looks like in a jurisdiction.
public struct MediationFacts: Hashable, Sendable, Codable {
  /// Whether the court's mediation is free.
  public var free: Bool?
  /// Whether mediation (or a settlement conference) is required once a claim is defended.
  public var required: Bool?
  /// The scheme in a sentence.
  public var summary: String

  /// Creates the facts.
  public init(free: Bool?, required: Bool?, summary: String) {
    self.free = free
    self.required = required
    self.summary = summary
  }
}
