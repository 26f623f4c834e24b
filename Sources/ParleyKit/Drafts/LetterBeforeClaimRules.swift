/// The pre-action rules a letter before claim follows: which rule, how long
/// the recipient has to reply, and what must go with the letter.
///
/// These are the only legal numbers in the drafts, kept here until the
/// jurisdiction profiles (a later issue) carry them with their sources and
/// as-of dates. Source: `research/legal-facts.md` §A, England & Wales:
/// - Practice Direction – Pre-Action Conduct and Protocols (updated
///   9 October 2019), para 6(c): 14 days to reply for a straightforward
///   claim; applies when the debtor is a business. The 14 days are from
///   secondary sources (legal-facts §G item 3).
/// - Pre-Action Protocol for Debt Claims (in force 1 October 2017): applies
///   when the debtor is an individual or sole trader; 30 days to reply from
///   the letter's date; the letter encloses a statement of account, the
///   Information Sheet, the Reply Form and the Financial Statement.
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

  /// The rules for a debtor of `kind` in the jurisdiction `jurisdiction` (a profile id).
  public static func rules(jurisdiction: String, debtor kind: DebtorKind) -> LetterBeforeClaimRules
  {
    guard jurisdiction.lowercased() == englandAndWales else { return elsewhere }
    return kind.isPerson ? debtProtocol : practiceDirection
  }

  /// The England & Wales profile id.
  static let englandAndWales = "gb-ewl"

  /// England & Wales, business debtor: the Practice Direction, 14 days.
  public static let practiceDirection = LetterBeforeClaimRules(
    rule: "Practice Direction – Pre-Action Conduct and Protocols", replyDays: 14,
    enclosures: [],
    source: "Practice Direction – Pre-Action Conduct and Protocols, para 6(c), "
      + "updated 9 October 2019 (14 days for a straightforward claim)")

  /// England & Wales, individual or sole trader: the debt protocol, 30 days, four enclosures.
  public static let debtProtocol = LetterBeforeClaimRules(
    rule: "Pre-Action Protocol for Debt Claims", replyDays: 30,
    enclosures: [
      "a statement of account", "the Information Sheet", "the Reply Form",
      "the Financial Statement",
    ],
    source: "Pre-Action Protocol for Debt Claims, in force 1 October 2017 "
      + "(30 days from the letter's date)")

  /// Anywhere parley has no pre-action rules for yet: a plain letter, 14 days.
  public static let elsewhere = LetterBeforeClaimRules(
    rule: nil, replyDays: 14, enclosures: [],
    source: "no pre-action rules in parley for this jurisdiction yet; 14 days is a "
      + "reasonable window, not a legal one")
}
