/// The pre-action rule a letter before claim follows for one kind of debtor.
public struct PreActionRule: Hashable, Sendable, Codable {
  /// The rule's name as a letter cites it; nil where there is no formal rule.
  public var regime: String?
  /// The days the debtor must be given to reply before a claim is issued;
  /// nil where the rule sets none.
  public var replyDays: Int?
  /// The documents that go with the letter, in the letter's words.
  public var enclosures: [String]?

  /// Creates a rule.
  public init(regime: String?, replyDays: Int?, enclosures: [String]? = nil) {
    self.regime = regime
    self.replyDays = replyDays
    self.enclosures = enclosures
  }
}
