/// How often and when the client may be contacted without pestering them.
///
/// These bind debt collectors, not a creditor chasing its own B2B invoice,
/// but they are defensible benchmarks (legal-facts §E).
public struct ContactRules: Hashable, Sendable, Codable {
  /// The fewest days between two outbound contacts.
  public var minDaysBetweenContacts: Int
  /// The most outbound contacts in any 30 days.
  public var maxContactsPer30Days: Int
  /// Days to leave after a conversation (a call or meeting) before chasing again.
  public var cooldownAfterConversationDays: Int
  /// Hours in which no one should be contacted, the debtor's local time.
  public var quietHours: QuietHours?
  /// Whether the debt must not be discussed with third parties.
  public var noThirdParties: Bool
  /// Whether the profile's bank holidays are days of no contact at all
  /// (the ACCC guideline: no contact on national public holidays).
  public var noContactOnHolidays: Bool?

  /// Creates the rules.
  public init(
    minDaysBetweenContacts: Int, maxContactsPer30Days: Int, cooldownAfterConversationDays: Int,
    quietHours: QuietHours?, noThirdParties: Bool
  ) {
    self.minDaysBetweenContacts = minDaysBetweenContacts
    self.maxContactsPer30Days = maxContactsPer30Days
    self.cooldownAfterConversationDays = cooldownAfterConversationDays
    self.quietHours = quietHours
    self.noThirdParties = noThirdParties
  }
}
