/// The pre-action rule a letter before claim follows for one kind of debtor.
public struct PreActionRule: Hashable, Sendable, Codable {
  /// The rule's name as a letter cites it; nil where there is no formal rule.
  public var regime: String?
  /// The days the debtor must be given to reply before a claim is issued;
  /// nil where the rule sets none.
  public var replyDays: Int?
  /// The documents that go with the letter, in the letter's words.
  public var enclosures: [String]?
  /// The sentence a letter cites the rule with, in its own words.
  public var citation: String?
  /// The fewest days the letter must be sent before a claim is filed,
  /// where that is a notice period rather than a reply window.
  public var minNoticeDays: Int?
  /// The most days the letter may be sent before a claim is filed.
  public var maxNoticeDays: Int?
  /// Who may rely on the rule: `entity` when only companies, partnerships
  /// and associations may (New York's commercial claims); nil for anyone.
  public var claimants: String?

  /// Creates a rule.
  public init(
    regime: String?, replyDays: Int?, enclosures: [String]? = nil, citation: String? = nil,
    minNoticeDays: Int? = nil, maxNoticeDays: Int? = nil, claimants: String? = nil
  ) {
    self.regime = regime
    self.replyDays = replyDays
    self.enclosures = enclosures
    self.citation = citation
    self.minNoticeDays = minNoticeDays
    self.maxNoticeDays = maxNoticeDays
    self.claimants = claimants
  }
}
