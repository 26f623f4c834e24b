/// The small-claims track: its limit and how a claim is filed.
public struct SmallClaimsFacts: Hashable, Sendable, Codable {
  /// The largest claim the track takes, in the profile's currency.
  public var limit: ProfileAmount
  /// A lower limit that applies when the claimant is a company or other entity.
  public var entityLimit: ProfileAmount?
  /// The route in a few words (`Money Claim Online`), if known.
  public var route: String?

  /// Creates the facts.
  public init(limit: ProfileAmount, entityLimit: ProfileAmount? = nil, route: String? = nil) {
    self.limit = limit
    self.entityLimit = entityLimit
    self.route = route
  }
}
