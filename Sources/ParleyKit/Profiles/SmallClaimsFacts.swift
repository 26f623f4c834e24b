/// The small-claims track: its limit and how a claim is filed.
public struct SmallClaimsFacts: Hashable, Sendable, Codable {
  /// The largest claim the track takes, in the profile's currency.
  public var limit: ProfileAmount
  /// A lower limit that applies when the claimant is a company or other entity.
  public var entityLimit: ProfileAmount?
  /// The route in a few words (`Money Claim Online`), if known.
  public var route: String?
  /// How a company, partnership or association files, where that differs
  /// (New York's commercial claims part).
  public var entityRoute: String?

  /// Creates the facts.
  public init(
    limit: ProfileAmount, entityLimit: ProfileAmount? = nil, route: String? = nil,
    entityRoute: String? = nil
  ) {
    self.limit = limit
    self.entityLimit = entityLimit
    self.route = route
    self.entityRoute = entityRoute
  }
}
