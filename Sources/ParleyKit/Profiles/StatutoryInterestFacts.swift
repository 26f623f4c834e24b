/// Statutory late-payment interest on business-to-business debts.
///
/// The rate for a debt is the margin plus the reference rate in force on the
/// last reference day (`06-30`, `12-31`) before interest starts, fixed for
/// that debt; see ``LatePaymentInterest``.
public struct StatutoryInterestFacts: Hashable, Sendable, Codable {
  /// Who owes it: `business` (business-to-business debts only).
  public var appliesTo: DebtorKind
  /// The margin over the reference rate, in basis points (800 is 8%).
  public var marginBasisPoints: Int
  /// Whether interest is simple (never compounded).
  public var simple: Bool
  /// The days in a year for daily interest (365).
  public var dayBasis: Int
  /// The month-days whose rate fixes a debt's rate (`["06-30", "12-31"]`).
  public var referenceDates: [String]
  /// Whether the rate stays fixed for the life of the debt.
  public var fixedPerDebt: Bool
  /// The reference rate on each reference day parley knows.
  public var referenceRates: [ReferenceRate]
  /// Where a user finds a reference rate parley does not know yet (the
  /// central bank's rate history).
  public var referenceRateHistory: String?
  /// The law as a letter names it (`the Late Payment of Commercial Debts
  /// (Interest) Act 1998`).
  public var law: String?

  /// Whether the rule covers a debtor of `kind`: a rule for business debts
  /// covers a sole trader too, who buys as a business.
  public func covers(_ kind: DebtorKind) -> Bool {
    kind == appliesTo || (appliesTo == .business && kind.tradesAsBusiness)
  }

  /// Creates the facts.
  public init(
    appliesTo: DebtorKind, marginBasisPoints: Int, simple: Bool, dayBasis: Int,
    referenceDates: [String], fixedPerDebt: Bool, referenceRates: [ReferenceRate],
    referenceRateHistory: String? = nil, law: String? = nil
  ) {
    self.appliesTo = appliesTo
    self.marginBasisPoints = marginBasisPoints
    self.simple = simple
    self.dayBasis = dayBasis
    self.referenceDates = referenceDates
    self.fixedPerDebt = fixedPerDebt
    self.referenceRates = referenceRates
    self.referenceRateHistory = referenceRateHistory
    self.law = law
  }
}
