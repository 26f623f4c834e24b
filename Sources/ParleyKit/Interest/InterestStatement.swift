/// Statutory interest and compensation on one invoice to a day, with the
/// rule and the sources it rests on.
public struct InterestStatement: Hashable, Sendable {
  /// The invoice number.
  public let invoice: String
  /// The day the statement is for.
  public let today: Day
  /// The first day of interest: the day after the due date.
  public let startsOn: Day
  /// The reference day whose rate fixes this debt's rate.
  public let referenceDay: Day
  /// The reference rate used, in basis points.
  public let referenceBasisPoints: Int
  /// Whether the reference rate was given by the user rather than the profile.
  public let referenceRateOverridden: Bool
  /// The margin over the reference rate, in basis points.
  public let marginBasisPoints: Int
  /// Days in the year for daily interest.
  public let dayBasis: Int
  /// Each stretch of days with its principal; a payment starts a new one.
  public let periods: [InterestPeriod]
  /// Interest to ``today``, rounded once with ``LatePaymentInterest/rounding``.
  public let interest: Money
  /// Interest per day on what is still owed.
  public let daily: Money
  /// What is still owed on the invoice on ``today``.
  public let outstanding: Money
  /// Fixed compensation for the invoice, when the profile has it.
  public let compensation: Money?
  /// Whether reasonable recovery costs may be claimed on top.
  public let plusReasonableCosts: Bool
  /// The facts used, with their sources.
  public let facts: [ProfileFact]

  /// The rate used: margin plus reference, in basis points.
  public var rateBasisPoints: Int { marginBasisPoints + referenceBasisPoints }

  /// The number of days of interest to ``today``.
  public var days: Int { periods.map(\.days).reduce(0, +) }
}
