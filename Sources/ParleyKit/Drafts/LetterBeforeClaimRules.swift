/// The pre-action rules a letter before claim follows: which rule, how long
/// the recipient has to reply, and what must go with the letter.
///
/// They come from the case's jurisdiction profile
/// (``rules(profile:debtor:)``), the only source of legal facts; where the
/// profile has no rule for the debtor, ``elsewhere`` gives a plain letter
/// with a reasonable window.
public struct LetterBeforeClaimRules: Hashable, Sendable {
  /// The rule's name as the letter cites it, or nil where parley knows no
  /// formal pre-action rule.
  public let rule: String?
  /// The least number of days the recipient must be given to reply.
  public let replyDays: Int
  /// The documents to enclose with the letter, in the letter's words.
  public let enclosures: [String]
  /// Where the rule comes from, for the user's notes.
  public let source: String
  /// The sentence the letter cites the rule with, when the profile gives one.
  public var citation: String?
  /// The fewest days before filing the letter must be sent, where the rule
  /// is a notice period.
  public var minNoticeDays: Int?
  /// The most days before filing the letter may be sent.
  public var maxNoticeDays: Int?
  /// Whether only companies, partnerships and associations may rely on the rule.
  public var entityClaimantsOnly = false
  /// Where the rule's forms are published (its source's address), if known.
  public var formsURL: String?

  /// Anywhere parley has no pre-action rules for yet: a plain letter, 14 days.
  public static let elsewhere = LetterBeforeClaimRules(
    rule: nil, replyDays: 14, enclosures: [],
    source: "no pre-action rules in parley for this jurisdiction yet; 14 days is a "
      + "reasonable window, not a legal one")
}
