/// What mediation looks like in a jurisdiction.
public struct MediationFacts: Hashable, Sendable, Codable {
  /// Whether the court's mediation is free.
  public var free: Bool?
  /// Whether mediation (or a settlement conference) is required once a claim is defended.
  public var required: Bool?
  /// The scheme in a sentence.
  public var summary: String
  /// Mediation before any claim, in words a client reads: who offers it,
  /// what it costs, and when the court's own service starts.
  public var beforeClaim: String?
  /// A provider a letter can suggest (`a mediator registered with the Civil
  /// Mediation Council, civilmediation.org`).
  public var provider: String?

  /// Creates the facts.
  public init(
    free: Bool?, required: Bool?, summary: String, beforeClaim: String? = nil,
    provider: String? = nil
  ) {
    self.free = free
    self.required = required
    self.summary = summary
    self.beforeClaim = beforeClaim
    self.provider = provider
  }
}
