/// The settings a proposal is made under.
public struct PlanPolicy: Hashable, Sendable {
  /// No installment falls due more than this many months after today.
  public var maxTermMonths: Int
  /// Days besides weekends that are not business days (bank holidays).
  public var holidays: Set<Day>
  /// Days from today to the earliest first payment: time to agree the plan.
  public var leadDays: Int
  /// Late-payment interest and compensation, if the caller claims any.
  public var lateCharges: LateCharges?
  /// Where leftover minor units go in equal and graduated schedules.
  public var remainder: RemainderPlacement

  /// Creates a policy.
  ///
  /// - Parameters:
  ///   - maxTermMonths: The longest plan, 1 to 120 months; 12 by default.
  ///   - holidays: Days besides weekends that are not business days.
  ///   - leadDays: Days to the earliest first payment, 0 to 90; 7 by default.
  ///   - lateCharges: Interest and compensation to charge or waive; none by default.
  ///   - remainder: Where leftover minor units go; the last installment by default.
  public init(
    maxTermMonths: Int = 12, holidays: Set<Day> = [], leadDays: Int = 7,
    lateCharges: LateCharges? = nil, remainder: RemainderPlacement = .last
  ) {
    self.maxTermMonths = maxTermMonths
    self.holidays = holidays
    self.leadDays = leadDays
    self.lateCharges = lateCharges
    self.remainder = remainder
  }

  /// The last day an installment may fall due: `maxTermMonths` after `today`.
  public func latestDue(today: Day) -> Day? {
    today.checkedAddingMonths(maxTermMonths, anchoredTo: today.day)
  }

  /// The earliest first payment: `leadDays` after `today`, on a business day.
  public func earliestDue(today: Day) -> Day? {
    today.checkedAdding(days: leadDays)?.checkedRolledForward(holidays: holidays)
  }
}
