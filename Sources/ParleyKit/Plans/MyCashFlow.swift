/// The user's own cash flow: how much they need, by when, and how long they can wait.
public struct MyCashFlow: Hashable, Sendable, Codable {
  /// The amount the user needs soon (for rent, a tax bill).
  public var need: Money?
  /// The day the user needs ``need`` by.
  public var needBy: Day?
  /// How long the user can wait for the rest: the last day a plan should finish.
  public var restBy: Day?
  /// Whether the user wants to keep working with this client.
  public var keepClient: Bool?
  /// The least the user would accept in settlement now: private, shown only
  /// on the user's own preparation sheet, never in a draft or a shared export.
  public var walkAway: Money?

  /// Creates the user's facts; each defaults to unknown.
  public init(need: Money? = nil, needBy: Day? = nil, restBy: Day? = nil, keepClient: Bool? = nil) {
    self.need = need
    self.needBy = needBy
    self.restBy = restBy
    self.keepClient = keepClient
  }

  /// Creates the user's facts with a walk-away point.
  public init(
    need: Money?, needBy: Day?, restBy: Day?, keepClient: Bool?, walkAway: Money?
  ) {
    self.init(need: need, needBy: needBy, restBy: restBy, keepClient: keepClient)
    self.walkAway = walkAway
  }
}
