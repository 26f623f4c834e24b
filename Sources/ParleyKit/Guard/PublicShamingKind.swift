/// A way of shaming a client in public, which parley refuses to help with.
public enum PublicShamingKind: String, CaseIterable, Hashable, Sendable {
  /// Posting about them on social media.
  case socialMedia = "social-media"
  /// A public review naming the debt.
  case review
  /// Telling their clients or customers.
  case theirClients = "their-clients"
  /// Telling their employer.
  case theirEmployer = "their-employer"
}
