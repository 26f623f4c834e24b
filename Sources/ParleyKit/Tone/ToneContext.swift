/// What the case knows that bears on a draft's tone: the date, recent contact,
/// the stage on the ladder, and promises made.
///
/// Every field has a default, so a draft can be checked with no case at all
/// (``none``). The shell fills it from the open case's journal.
public struct ToneContext: Hashable, Sendable {
  /// Whether the facts come from an open case. Without one, a factual mention
  /// of court is only a note; with one, it is judged against the stage.
  public var hasCase: Bool
  /// The user's local day, for deadlines such as "by 15 December".
  public var today: Day?
  /// How the user writes numeric dates, for deadlines such as "by 15/12".
  public var dateOrder: DateOrder
  /// Whole days since the last message the user sent the client, if any.
  public var daysSinceLastOutboundContact: Int?
  /// Messages sent to the client in the last 7 days, not counting this draft.
  public var outboundContactsLast7Days: Int
  /// Messages sent to the client in the last 30 days, not counting this draft.
  public var outboundContactsLast30Days: Int
  /// Whether mediation has been offered.
  public var mediationOffered: Bool
  /// Whether the formal letter before claim has been sent.
  public var letterBeforeClaimSent: Bool
  /// The day the client promised to pay by, if there is an open promise.
  public var promisedPaymentDate: Day?
  /// Whether an installment plan is running and no installment is late.
  public var planInstallmentNotYetLate: Bool

  /// Creates a context; by default it describes an open case with no history.
  public init(
    hasCase: Bool = true, today: Day? = nil, dateOrder: DateOrder = .dayFirst,
    daysSinceLastOutboundContact: Int? = nil, outboundContactsLast7Days: Int = 0,
    outboundContactsLast30Days: Int = 0, mediationOffered: Bool = false,
    letterBeforeClaimSent: Bool = false, promisedPaymentDate: Day? = nil,
    planInstallmentNotYetLate: Bool = false
  ) {
    self.hasCase = hasCase
    self.today = today
    self.dateOrder = dateOrder
    self.daysSinceLastOutboundContact = daysSinceLastOutboundContact
    self.outboundContactsLast7Days = outboundContactsLast7Days
    self.outboundContactsLast30Days = outboundContactsLast30Days
    self.mediationOffered = mediationOffered
    self.letterBeforeClaimSent = letterBeforeClaimSent
    self.promisedPaymentDate = promisedPaymentDate
    self.planInstallmentNotYetLate = planInstallmentNotYetLate
  }

  /// No case and no date: the check judges the words alone.
  public static let none = ToneContext(hasCase: false)

  /// Whether the case has reached the stage where court may be mentioned:
  /// mediation offered or the letter before claim sent.
  public var isPastMediation: Bool { mediationOffered || letterBeforeClaimSent }
}
