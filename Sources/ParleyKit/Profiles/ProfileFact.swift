/// One fact of a jurisdiction profile with its source, for `jurisdiction show`
/// and for the guard's warnings.
public struct ProfileFact: Hashable, Sendable {
  /// The fact's path in the profile file (`smallClaims.limit`).
  public let path: String
  /// The value in words (`£10,000.00`, `14 days`).
  public let value: String
  /// Where it comes from.
  public let source: FactSource

  /// Creates a fact.
  public init(path: String, value: String, source: FactSource) {
    self.path = path
    self.value = value
    self.source = source
  }

  /// Whether the fact should be checked: unverified, or true as of more than
  /// 12 months before `today`.
  public func isStale(today: Day) -> Bool {
    source.verification == .unverified || source.asOf < today.adding(months: -12)
  }
}
